package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.Style;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.argo.variables.WorkflowGlobals;
import dev.jera.processor.emit.ManifestBuilder;
import dev.jera.processor.emit.PodSyntax;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.validate.TemplateStrings.Place;
import dev.jera.processor.validate.TemplateStrings.Placed;
import dev.jera.processor.wiring.StepReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a tag names something Argo defines where the string is resolved: a global of the
 * workflow, a declared parameter, an upstream step's result, the loop's item. Stricter than Argo's
 * lint, which lets unknown roots, {@code {{item}}} outside a loop and wrong-style references pass
 * and fails at run time instead.
 */
final class TagResolver {
  private static final Set<String> NODE_FIELDS =
      Set.of("status", "exitCode", "id", "startedAt", "finishedAt", "hostNodeName");
  private static final Pattern ITEM_IN_EXPRESSION = Pattern.compile("(?<![.\\w'\"])item\\b");

  private final Context context;

  TagResolver(Context context) {
    this.context = context;
  }

  Optional<String> problem(TemplateText.Tag tag, Placed placed) {
    return tag.expression() ? expressionProblem(tag, placed) : simpleProblem(tag.name(), placed);
  }

  private Optional<String> simpleProblem(String name, Placed placed) {
    String[] parts = name.split("\\.", 2);
    String root = parts[0];
    String rest = parts.length > 1 ? parts[1] : "";
    switch (root) {
      case "item":
        return itemProblem(rest, placed);
      case "workflow":
        return workflowProblem(rest, placed);
      case "tasks":
      case "steps":
        return stepProblem(root, rest, placed);
      case "inputs":
        return inputsProblem(rest, placed);
      case "outputs":
        return rest.equals("artifacts.result.path") && placed.place() == Place.TEMPLATE
                && placed.script().filter(ScriptModel::returnsArtifact).isPresent()
            ? Optional.empty()
            : Optional.of("{{outputs.artifacts.result.path}} is only defined in the template of a step that returns a Path");
      case "pod":
        return rest.equals("name") && placed.place() == Place.TEMPLATE
            ? Optional.empty()
            : Optional.of("{{pod.name}} is only defined in a script's own template, such as its image");
      case "node":
        return rest.equals("name") ? Optional.empty() : unknown(name);
      case "retries":
      case "lastRetry":
        return placed.place() == Place.TEMPLATE && placed.script().flatMap(ScriptModel::retry).isPresent()
            ? Optional.empty()
            : Optional.of("{{" + root + "}} is only defined in the template of a script with @Retry");
      default:
        return unknown(name);
    }
  }

  private static Optional<String> unknown(String name) {
    return Optional.of(
        "Argo defines no variable '" + name + "'; variables start with workflow., tasks., steps., inputs. or item");
  }

  private Optional<String> itemProblem(String field, Placed placed) {
    Optional<ScriptModel> script = placed.script();
    if (script.isPresent() && script.get().itemWithoutLoop()) {
      return Optional.empty(); // FanOutRule reports the missing loop, which {{item}} needs too.
    }
    if (placed.place() != Place.STEP || script.isEmpty() || !script.get().fansOut()) {
      return Optional.of("{{item}} is only defined in a step that fans out with forEach or items");
    }
    if (!field.isEmpty() && script.get().forEach().isEmpty()) {
      return Optional.of("the items of " + script.get().methodName() + "() are plain strings, so {{item."
          + field + "}} has no value; use {{item}}");
    }
    return Optional.empty();
  }

  private Optional<String> workflowProblem(String rest, Placed placed) {
    if (WorkflowGlobals.isAlwaysDefined(rest)) {
      return Optional.empty();
    }
    if (rest.equals("scheduledTime")) {
      return context.workflow().kind() == Kind.CRON_WORKFLOW
          ? Optional.empty()
          : Optional.of("{{workflow.scheduledTime}} is only defined in a CRON_WORKFLOW");
    }
    if (rest.equals("failures")) {
      return placed.place() == Place.EXIT_HANDLER
          ? Optional.empty()
          : Optional.of("{{workflow.failures}} is only defined in the exit handler (@Workflow(onExit = …))");
    }
    if (rest.startsWith("parameters.")) {
      return parameterProblem(rest.substring("parameters.".length()));
    }
    if (rest.startsWith("labels.")) {
      String key = rest.substring("labels.".length());
      return labelKeys().contains(key)
          ? Optional.empty()
          : Optional.of("the workflow has no label '" + key + "'" + Messages.suggest(DidYouMean.closest(key, labelKeys())));
    }
    if (rest.startsWith("annotations.")) {
      return Optional.of("the workflow has no annotations");
    }
    if (rest.equals("priority")) {
      return Optional.of("{{workflow.priority}} is only defined when the workflow sets a priority");
    }
    if (rest.startsWith("outputs.")) {
      return Optional.of("the workflow declares no global outputs");
    }
    return Optional.of(
        "Argo defines no variable 'workflow." + rest + "'"
            + Messages.suggest(DidYouMean.closest(rest, WorkflowGlobals.ALWAYS)));
  }

  private Optional<String> parameterProblem(String name) {
    List<String> declared = new ArrayList<>();
    for (ParamModel param : context.workflow().params()) {
      declared.add(param.name().value());
    }
    if (declared.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(
        "no workflow parameter named '" + name + "' in " + context.workflow().simpleName()
            + Messages.suggest(DidYouMean.closest(name, declared)));
  }

  private List<String> labelKeys() {
    List<String> keys = new ArrayList<>();
    for (Text label : context.workflow().labels()) {
      PodSyntax.keyValue(label.value()).map(Map.Entry::getKey).filter(key -> !key.isEmpty()).ifPresent(keys::add);
    }
    if (context.options().appVersion().isPresent()) {
      keys.add(ManifestBuilder.VERSION_LABEL);
    }
    return keys;
  }

  private String expectedRoot() {
    return context.workflow().style() == Style.STEPS ? "steps" : "tasks";
  }

  private Optional<String> stepProblem(String root, String rest, Placed placed) {
    if (!root.equals(expectedRoot())) {
      return Optional.of(
          "{{" + root + ".…}} is for the " + (root.equals("steps") ? "STEPS" : "DAG") + " style, but "
              + context.workflow().simpleName() + " uses " + context.workflow().style()
              + "; write {{" + expectedRoot() + ".…}}");
    }
    if (rest.equals("name")) {
      return placed.place() == Place.STEP ? Optional.empty() : Optional.of("{{" + root + ".name}} is only defined in a step");
    }
    if (placed.place() != Place.STEP) {
      return Optional.of(
          placed.place() == Place.EXIT_HANDLER
              ? "the exit handler cannot read a step's results; read {{workflow.failures}} or {{workflow.status}}"
              : "a step's results are only visible to other steps' @Value, @From and when");
    }
    String[] parts = rest.split("\\.", 2);
    String step = parts[0];
    String field = parts.length > 1 ? parts[1] : "";
    Optional<ScriptModel> target = context.lookup().byStepName(step);
    if (target.isEmpty()) {
      return Optional.of("no step named '" + step + "'" + Messages.suggest(context.lookup().suggestStepName(step)));
    }
    ScriptModel producer = target.get();
    if (context.graph().exitHandler().filter(exit -> exit == producer).isPresent()) {
      return Optional.of("'" + step + "' is the exit handler, which runs after every step");
    }
    if (placed.script().filter(own -> own == producer).isPresent()) {
      return Optional.of("a step cannot read its own result");
    }
    if (field.equals("outputs.result")) {
      if (producer.returnsArtifact()) {
        return Optional.of(producer.methodName() + "() returns a file, so it has no result; take the file with @From");
      }
      return producer.returns().isVoid()
          ? Optional.of(producer.methodName() + "() returns void, so it has no result")
          : Optional.empty();
    }
    if (field.equals("outputs.artifacts.result") && producer.returnsArtifact()) {
      return Optional.empty();
    }
    if (NODE_FIELDS.contains(field)) {
      return Optional.empty();
    }
    if (field.equals("outputs.parameters")) {
      return producer.fansOut() || producer.itemWithoutLoop()
          ? Optional.empty()
          : Optional.of(producer.methodName() + "() declares no output parameters; read {{" + root + "." + step + ".outputs.result}}");
    }
    return Optional.of(
        "a step has no '" + field + "'; use outputs.result, status, exitCode, startedAt or finishedAt");
  }

  private Optional<String> inputsProblem(String rest, Placed placed) {
    if (placed.place() != Place.TEMPLATE || placed.script().isEmpty()) {
      return Optional.of(
          "{{inputs.…}} is only defined inside a script's own template; take a workflow parameter with"
              + " @Param or {{workflow.parameters.…}}");
    }
    if (rest.equals("parameters")) {
      return Optional.empty();
    }
    if (rest.startsWith("artifacts.") && rest.endsWith(".path")) {
      String name = rest.substring("artifacts.".length(), rest.length() - ".path".length());
      boolean file = placed.script().get().inputs().stream().anyMatch(input -> input.isArtifact() && input.name().equals(name));
      return file ? Optional.empty() : Optional.of("script " + placed.script().get().methodName() + "() has no Path parameter '" + name + "'");
    }
    if (rest.startsWith("parameters.")) {
      String name = rest.substring("parameters.".length());
      List<String> inputs = new ArrayList<>();
      for (InputModel input : placed.script().get().inputs()) {
        inputs.add(input.name());
      }
      return inputs.contains(name)
          ? Optional.empty()
          : Optional.of("script " + placed.script().get().methodName() + "() has no parameter '" + name + "'"
              + Messages.suggest(DidYouMean.closest(name, inputs)));
    }
    return Optional.of("scripts have no input artifacts; use {{inputs.parameters.<name>}}");
  }

  private Optional<String> expressionProblem(TemplateText.Tag tag, Placed placed) {
    for (StepReference reference : StepReference.in(tag)) {
      Optional<String> problem = stepProblem(reference.root(), reference.step() + ".status", placed);
      if (problem.isPresent()) {
        return problem;
      }
    }
    for (String parameter : TemplateStrings.parametersIn(tag)) {
      Optional<String> problem = parameterProblem(parameter);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (ITEM_IN_EXPRESSION.matcher(tag.name()).find()) {
      return itemProblem("", placed);
    }
    return Optional.empty();
  }
}
