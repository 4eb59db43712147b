package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.ParamMessages;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Param(type)} on a class: {@code String} declares a value, {@code java.nio.file.Path} an input file,
 * which only a nested {@code @Graph} has ({@code inputs.artifacts}) and which takes none of a value's
 * attributes (Argo's artifacts have no default, enum, description or ConfigMap).
 */
final class InputFileRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<WorkflowModel> classes = new ArrayList<>();
    classes.add(context.workflow());
    classes.addAll(context.workflow().graphs());
    for (WorkflowModel owner : classes) {
      for (ParamModel param : owner.params()) {
        param.type().filter(type -> !type.value().equals("java.lang.String"))
            .ifPresent(type -> diagnostics.report(type.site(), ParamMessages.paramType(param.name().value(), simple(type))));
      }
      for (ParamModel file : owner.inputFiles()) {
        String name = file.name().value();
        if (!owner.nested()) {
          diagnostics.report(file.type().map(Text::site).orElse(file.site()), ParamMessages.fileParamOutsideGraph(name, owner.simpleName()));
        }
        file.defaultValue().ifPresent(value -> diagnostics.report(value.site(), ParamMessages.fileParamAttribute(name, "defaultValue")));
        file.description().ifPresent(value -> diagnostics.report(value.site(), ParamMessages.fileParamAttribute(name, "description")));
        file.allowed().stream().findFirst().ifPresent(value -> diagnostics.report(value.site(), ParamMessages.fileParamAttribute(name, "allowed")));
        file.configMap().ifPresent(value -> diagnostics.report(file.site(), ParamMessages.fileParamAttribute(name, "configMap")));
      }
    }
  }

  private static String simple(Text type) {
    String name = type.value();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
