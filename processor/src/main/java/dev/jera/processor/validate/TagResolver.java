package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.Style;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.argo.expr.Expression;
import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.variables.WorkflowGlobals;
import dev.jera.processor.diagnostic.TagMessages;
import dev.jera.processor.model.CallModel;
import dev.jera.processor.model.DottedNames;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.ItemFields;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.ManifestNames;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.validate.TemplateStrings.Place;
import dev.jera.processor.validate.TemplateStrings.Placed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a tag names something Argo defines where the string is resolved: a global of the
 * workflow, a declared parameter, an upstream step's result, the loop's item. Stricter than Argo's
 * lint, which lets unknown roots, {@code {{item}}} outside a loop and wrong-style references pass
 * and fails at run time instead.
 */
final class TagResolver {
  private static final Set<String> NODE_FIELDS =
      Set.of("status", "exitCode", "id", "startedAt", "finishedAt", "hostNodeName");

  /** The annotation a CronWorkflow sets on the runs it starts, and Argo reads {@code workflow.scheduledTime} from. */
  static final String SCHEDULED_TIME = "workflows.argoproj.io/scheduled-time";

  private final Context context;

  TagResolver(Context context) {
    this.context = context;
  }

  Optional<String> problem(TemplateText.Tag tag, Placed placed) {
    return tag.expression() ? expressionProblem(tag, placed) : simpleProblem(tag.name(), placed);
  }

  private Optional<String> simpleProblem(String name, Placed placed) {
    String[] parts = DottedNames.split(name, 2);
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
        return ownOutputProblem(rest, placed);
      case "pod":
        return rest.equals("name") && placed.place() == Place.TEMPLATE
            ? Optional.empty()
            : Optional.of(TagMessages.podNameOutsideTemplate());
      case "node":
        return rest.equals("name") ? Optional.empty() : unknown(name);
      case "retries":
      case "lastRetry":
        return placed.place() == Place.TEMPLATE && placed.script().flatMap(ScriptModel::retry).isPresent()
            ? Optional.empty()
            : Optional.of(TagMessages.retriesWithoutRetry(root));
      default:
        return unknown(name);
    }
  }

  private static Optional<String> unknown(String name) {
    return Optional.of(TagMessages.unknownVariable(name));
  }

  private Optional<String> itemProblem(String field, Placed placed) {
    Optional<ScriptModel> script = placed.script();
    if (script.isPresent() && script.get().itemWithoutLoop()) {
      return Optional.empty(); // FanOutRule reports the missing loop, which {{item}} needs too.
    }
    if (placed.place() != Place.STEP || script.isEmpty() || !script.get().fansOut()) {
      return Optional.of(TagMessages.itemOutsideLoop());
    }
    if (!field.isEmpty() && script.get().forEach().isEmpty() && !ItemFields.allHave(script.get(), field)) {
      return Optional.of(TagMessages.fieldOfPlainItem(script.get().methodName(), field));
    }
    return Optional.empty();
  }

  private Optional<String> workflowProblem(String rest, Placed placed) {
    if (WorkflowGlobals.isAlwaysDefined(rest)) {
      return Optional.empty();
    }
    if (rest.equals("scheduledTime")) {
      // Argo reads it from the annotation, which a CronWorkflow sets on each run it starts.
      return context.workflow().kind() == Kind.CRON_WORKFLOW
              || context.workflow().resourceSettings().annotationKeys().contains(SCHEDULED_TIME)
          ? Optional.empty()
          : Optional.of(TagMessages.scheduledTimeOutsideCron());
    }
    if (rest.equals("failures")) {
      return placed.place() == Place.EXIT_HANDLER || calledByExitGraph(placed)
          ? Optional.empty()
          : Optional.of(TagMessages.failuresOutsideExitHandler());
    }
    if (rest.startsWith("parameters.")) {
      return parameterProblem(rest.substring("parameters.".length()));
    }
    if (rest.startsWith("labels.")) {
      String key = rest.substring("labels.".length());
      return labelKeys().contains(key)
          ? Optional.empty()
          : Optional.of(TagMessages.noLabel(key, DidYouMean.closest(key, labelKeys())));
    }
    if (rest.startsWith("annotations.")) {
      String key = rest.substring("annotations.".length());
      List<String> keys = context.workflow().resourceSettings().annotationKeys();
      if (keys.contains(key)) {
        return Optional.empty();
      }
      return Optional.of(keys.isEmpty() ? TagMessages.noAnnotations() : TagMessages.noAnnotation(key, DidYouMean.closest(key, keys)));
    }
    if (rest.equals("priority")) {
      return context.workflow().resourceSettings().priority().isPresent()
          ? Optional.empty()
          : Optional.of(TagMessages.noPriority());
    }
    if (rest.startsWith("outputs.parameters.") || rest.startsWith("outputs.artifacts.")) {
      boolean file = rest.startsWith("outputs.artifacts.");
      String name = rest.substring(file ? "outputs.artifacts.".length() : "outputs.parameters.".length());
      List<String> globals = new ArrayList<>();
      List<ScriptModel> pods = new ArrayList<>(context.root().pods());
      context.root().graphs().forEach(graph -> pods.addAll(graph.pods()));
      for (ScriptModel script : pods) {
        script.outputs().stream()
            .filter(output -> output.isArtifact() == file && output.global().isPresent())
            .forEach(output -> globals.add(output.global().get().value()));
      }
      if (globals.contains(name)) {
        return Optional.empty();
      }
      return Optional.of(globals.isEmpty()
          ? TagMessages.noGlobalOutputs()
          : TagMessages.noGlobalOutput(file, name, globals, DidYouMean.closest(name, globals)));
    }
    if (rest.startsWith("outputs.")) {
      return Optional.of(TagMessages.noGlobalOutputs());
    }
    return Optional.of(TagMessages.unknownWorkflowVariable(rest, DidYouMean.closest(rest, WorkflowGlobals.ALWAYS)));
  }

  /** Whether a template's string is in a {@code @Template} that a step of the exit handler's graph calls. */
  private boolean calledByExitGraph(Placed placed) {
    if (placed.place() != Place.TEMPLATE || placed.script().isEmpty()) {
      return false;
    }
    String template = placed.script().get().name().value();
    return context.workflow().exitGraph().stream()
        .flatMap(exit -> exit.scripts().stream())
        .anyMatch(step -> step.call().filter(call -> call.template().value().equals(template)).isPresent());
  }

  private Optional<String> parameterProblem(String name) {
    List<String> declared = new ArrayList<>();
    for (ParamModel param : context.workflow().globalParams()) {
      declared.add(param.name().value());
    }
    if (declared.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(TagMessages.noParameter(name, context.workflow().simpleName(), DidYouMean.closest(name, declared)));
  }

  private List<String> labelKeys() {
    List<String> keys = new ArrayList<>();
    for (Parsed<KeyValue> label : context.workflow().labels()) {
      // A label without '=' is LabelRule's to report; it names no key here.
      label.result().map(KeyValue::key).filter(key -> !key.isEmpty()).ifPresent(keys::add);
    }
    for (Parsed<KeyValue> label : context.workflow().resourceSettings().labelsFrom()) {
      label.result().map(KeyValue::key).filter(key -> !key.isEmpty()).ifPresent(keys::add);
    }
    if (context.options().appVersion().isPresent()) {
      keys.add(ManifestNames.VERSION_LABEL);
    }
    return keys;
  }

  private String expectedRoot() {
    return context.workflow().style() == Style.STEPS ? "steps" : "tasks";
  }

  private Optional<String> stepProblem(String root, String rest, Placed placed) {
    if (!root.equals(expectedRoot())) {
      return Optional.of(
          TagMessages.wrongStyle(root, context.workflow().simpleName(), context.workflow().style().name(), expectedRoot()));
    }
    if (rest.equals("name")) {
      return placed.place() == Place.STEP ? Optional.empty() : Optional.of(TagMessages.stepNameOutsideStep(root));
    }
    if (placed.place() != Place.STEP) {
      return Optional.of(
          placed.place() == Place.EXIT_HANDLER ? TagMessages.resultInExitHandler() : TagMessages.resultOutsideStep());
    }
    String[] parts = DottedNames.split(rest, 2);
    String step = parts[0];
    String field = parts.length > 1 ? parts[1] : "";
    Optional<ScriptModel> target = context.lookup().byStepName(step);
    if (target.isEmpty()) {
      return Optional.of(TagMessages.noStep(step, context.lookup().suggestStepName(step)));
    }
    ScriptModel producer = target.get();
    if (context.graph().exitHandler().filter(exit -> exit == producer).isPresent()) {
      return Optional.of(TagMessages.resultOfExitHandler(step));
    }
    if (placed.script().filter(own -> own == producer).isPresent()) {
      return Optional.of(TagMessages.ownResult());
    }
    if (field.equals("ip")) {
      return ipProblem(root, step, producer);
    }
    if (field.equals("outputs.result") && DaemonRule.daemonOf(context, producer).isPresent()) {
      return Optional.of(TagMessages.resultOfDaemon(root, step));
    }
    if (field.equals("outputs.result")) {
      Optional<ScriptModel> resource = ResourceTemplateRule.resourceOf(context, producer);
      if (resource.isPresent()) {
        return Optional.of(TagMessages.resultOfResource(root, step, resource.get().name().value(),
            resource.get().outputs().stream().map(output -> output.name().value()).toList()));
      }
      Optional<ScriptModel> suspend = SuspendRule.suspendOf(context, producer);
      if (suspend.isPresent()) {
        return Optional.of(TagMessages.resultOfSuspend(root, step, suspend.get().name().value(),
            suspend.get().outputs().stream().map(output -> output.name().value()).toList()));
      }
      if (producer.returnsArtifact()) {
        return Optional.of(TagMessages.resultOfFileStep(producer.methodName()));
      }
      return producer.returns().isVoid()
          ? Optional.of(TagMessages.resultOfVoidStep(producer.methodName()))
          : Optional.empty();
    }
    if (field.equals("outputs.artifacts.result") && producer.returnsResultArtifact()) {
      return Optional.empty();
    }
    if (field.startsWith("outputs.parameters.") || field.startsWith("outputs.artifacts.")) {
      return namedOutputProblem(producer, field);
    }
    if (NODE_FIELDS.contains(field)) {
      return Optional.empty();
    }
    if (field.equals("outputs.parameters")) {
      return producer.fansOut() || producer.itemWithoutLoop()
          ? Optional.empty()
          : Optional.of(TagMessages.noOutputParameters(producer.methodName(), root, step));
    }
    return Optional.of(TagMessages.noStepField(field));
  }

  /**
   * {@code {{steps.x.ip}}}: Argo sets a node's address only once a daemon's pod is ready, and a looping
   * step's node is its group, which has none.
   */
  private Optional<String> ipProblem(String root, String step, ScriptModel producer) {
    if (DaemonRule.daemonOf(context, producer).isEmpty()) {
      List<String> daemons = new ArrayList<>();
      for (ScriptModel script : context.workflow().scripts()) {
        if (DaemonRule.daemonOf(context, script).isPresent() && !script.fansOut()) {
          daemons.add(script.name().value());
        }
      }
      Optional<String> meant = daemons.size() == 1 ? Optional.of(daemons.get(0)) : DidYouMean.closest(step, daemons);
      String template = producer.call().isPresent() && producer.call().get().target() instanceof CallModel.Resolved resolved
          ? resolved.callee().template()
          : producer.name().value();
      return Optional.of(TagMessages.ipOfNonDaemon(root, step, template, meant));
    }
    if (producer.fansOut()) {
      return Optional.of(TagMessages.ipOfFanOut(root, step));
    }
    return Optional.empty();
  }

  /**
   * {@code {{outputs.parameters.<name>.path}}} or {@code {{outputs.artifacts.<name>.path}}} in a template: where
   * its own output goes, for a container's command to write ({@code result} for a returned file).
   */
  private static Optional<String> ownOutputProblem(String rest, Placed placed) {
    Optional<ScriptModel> script = placed.script().filter(own -> placed.place() == Place.TEMPLATE);
    if (rest.equals("artifacts.result.path") && script.filter(ScriptModel::returnsResultArtifact).isPresent()) {
      return Optional.empty();
    }
    boolean file = rest.startsWith("artifacts.");
    if (script.isEmpty() || !rest.endsWith(".path") || !file && !rest.startsWith("parameters.")) {
      return Optional.of(TagMessages.outputPathOutsideFileStep());
    }
    String name = rest.substring(file ? "artifacts.".length() : "parameters.".length(), rest.length() - ".path".length());
    List<String> names = script.get().outputs().stream()
        .filter(output -> output.isArtifact() == file)
        .map(output -> output.name().value())
        .toList();
    return names.contains(name)
        ? Optional.empty()
        : Optional.of(TagMessages.noNamedOutput(script.get().name().value(), file, name, names, DidYouMean.closest(name, names)));
  }

  /** {@code outputs.parameters.<name>} or {@code outputs.artifacts.<name>}: an {@code @Output} of the producer. */
  private static Optional<String> namedOutputProblem(ScriptModel producer, String field) {
    boolean file = field.startsWith("outputs.artifacts.");
    String name = field.substring(file ? "outputs.artifacts.".length() : "outputs.parameters.".length());
    Optional<List<OutputModel>> outputs = producer.readableOutputs();
    if (outputs.isEmpty()) {
      return Optional.empty(); // a template from a jar's index: its outputs are not known here.
    }
    List<String> names = outputs.get().stream()
        .filter(output -> output.isArtifact() == file)
        .map(output -> output.name().value())
        .toList();
    return names.contains(name)
        ? Optional.empty()
        : Optional.of(TagMessages.noNamedOutput(producer.name().value(), file, name, names, DidYouMean.closest(name, names)));
  }

  private Optional<String> inputsProblem(String rest, Placed placed) {
    if (context.workflow().nested() && placed.place() == Place.STEP) {
      return graphInputProblem(rest);
    }
    if (placed.place() != Place.TEMPLATE || placed.script().isEmpty()) {
      return Optional.of(TagMessages.inputsOutsideTemplate());
    }
    if (rest.equals("parameters")) {
      return Optional.empty();
    }
    if (rest.startsWith("artifacts.") && rest.endsWith(".path")) {
      String name = rest.substring("artifacts.".length(), rest.length() - ".path".length());
      boolean file = placed.script().get().inputs().stream().anyMatch(input -> input.isArtifact() && input.name().equals(name));
      return file ? Optional.empty() : Optional.of(TagMessages.noPathParameter(placed.script().get().methodName(), name));
    }
    if (rest.startsWith("parameters.")) {
      String name = rest.substring("parameters.".length());
      List<String> inputs = new ArrayList<>();
      for (InputModel input : placed.script().get().inputs()) {
        inputs.add(input.name());
      }
      return inputs.contains(name)
          ? Optional.empty()
          : Optional.of(TagMessages.noScriptParameter(placed.script().get().methodName(), name, DidYouMean.closest(name, inputs)));
    }
    return Optional.of(TagMessages.noInputArtifacts());
  }

  /**
   * {@code inputs.parameters.x} in a step of a nested graph: an input the graph declares with {@code @Param};
   * {@code inputs.artifacts.x}, an input file it declares with {@code @Param(type = Path.class)}.
   */
  private Optional<String> graphInputProblem(String rest) {
    List<String> inputs = context.workflow().params().stream().map(param -> param.name().value()).toList();
    if (rest.equals("parameters")) {
      return Optional.empty();
    }
    if (rest.startsWith("artifacts.")) {
      String name = rest.substring("artifacts.".length());
      List<String> files = context.workflow().inputFiles().stream().map(file -> file.name().value()).toList();
      return files.contains(name)
          ? Optional.empty()
          : Optional.of(TagMessages.noGraphInputFile(context.workflow().simpleName(), name, files, DidYouMean.closest(name, files)));
    }
    if (!rest.startsWith("parameters.")) {
      return Optional.of(TagMessages.noGraphInput(context.workflow().simpleName(), rest, inputs, Optional.empty()));
    }
    String name = rest.substring("parameters.".length());
    return inputs.contains(name)
        ? Optional.empty()
        : Optional.of(TagMessages.noGraphInput(context.workflow().simpleName(), name, inputs, DidYouMean.closest(name, inputs)));
  }

  /**
   * An expression tag's variables, each resolved as the simple tag of its dotted path
   * ({@code inputs.parameters["should-print"]} as {@code {{inputs.parameters.should-print}}}); a name
   * {@code let} binds and {@code #} are the expression's own. Whether it parses, and its functions, are
   * {@link ExpressionTagCheck}'s.
   */
  private Optional<String> expressionProblem(TemplateText.Tag tag, Placed placed) {
    Expression expression;
    try {
      expression = Expression.parse(tag.name());
    } catch (ExpressionException e) {
      return Optional.empty();
    }
    for (Expression.Hyphenated hyphenated : expression.hyphenated()) {
      return Optional.of(TagMessages.hyphenatedInExpression(hyphenated.written(), hyphenated.fix()));
    }
    for (Expression.Reference reference : expression.references()) {
      if (reference.kind() != Expression.ReferenceKind.VARIABLE) {
        continue;
      }
      Optional<String> problem = variableProblem(reference.name(), placed);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** A variable an expression reads, as far as its path is literal. */
  private Optional<String> variableProblem(String name, Placed placed) {
    String[] parts = DottedNames.split(name, 3);
    String root = parts[0];
    if ((root.equals("tasks") || root.equals("steps")) && parts.length == 2) {
      // tasks['x'] read as a whole, or with a computed member: the step must exist.
      return stepProblem(root, parts[1] + ".status", placed);
    }
    if (EXPRESSION_MAPS.contains(name)) {
      return Optional.empty(); // a map read with a computed key or as a whole
    }
    if (root.equals("item")) {
      return itemProblem(name.length() > "item".length() ? name.substring("item.".length()) : "", placed);
    }
    return simpleProblem(name, placed);
  }

  /** Variables that are maps an expression may read as a whole or index with a computed key. */
  private static final Set<String> EXPRESSION_MAPS = Set.of("workflow", "workflow.parameters", "workflow.labels",
      "workflow.annotations", "inputs", "inputs.parameters", "tasks", "steps", "workflow.outputs.parameters");
}
