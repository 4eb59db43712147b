package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/** Messages about template strings ({@code {{…}}}) and when conditions. */
public final class TagMessages {
  private TagMessages() {}

  public static Message unterminatedTag(String where, String problem) {
    return MessageId.UNTERMINATED_TAG.with(
        where + ": " + problem + "; close the tag, e.g. {{workflow.name}}");
  }

  public static Message unresolvedTag(String tag, String where, String why) {
    return MessageId.UNRESOLVED_TAG.with(
        tag + " in " + where + " does not resolve: " + why);
  }

  public static Message whenComparesJson(String tag, String type) {
    return MessageId.WHEN_COMPARES_JSON.with(
        "when compares " + tag + ", the JSON of a " + type + ", which Argo's when cannot evaluate; compare"
        + " the result of a step that returns a String, number, boolean or enum");
  }

  public static Message invalidWhen(String when, String problem) {
    return MessageId.INVALID_WHEN.with(
        "when = \"" + when + "\" is not a valid Argo expression: " + problem);
  }

  public static Message invalidExpression(String what, String where, int column, String problem) {
    return MessageId.INVALID_EXPRESSION.with(
        what + " in " + where + " does not parse at column " + column + " of the expression: " + problem
        + "; write an expr-lang expression, e.g. {{= inputs.parameters['n'] == '1' }}");
  }

  public static Message unknownFunction(String what, String where, String function, Optional<String> meant) {
    return MessageId.UNKNOWN_FUNCTION.with(
        what + " in " + where + " calls " + function + "(), which Argo's expressions do not have"
        + meant.map(m -> "; did you mean '" + m + "'?").orElse("; Argo has expr's builtins, asInt, asFloat, toJson, jsonpath and sprig.*"));
  }

  public static Message notEvaluatedLocally(String what, String where, String function) {
    return MessageId.NOT_EVALUATED_LOCALLY.with(
        what + " in " + where + " calls " + function + "(), which the local executor does not evaluate, so a local"
        + " run refuses the workflow; the workflow still runs on Argo. The local executor evaluates "
        + String.join(", ", dev.jera.argo.expr.Expression.EVALUATED_FUNCTIONS));
  }

  public static String hyphenatedInExpression(String written, String fix) {
    int dash = written.lastIndexOf('-');
    return written + " parses as " + written.substring(0, dash) + " - " + written.substring(dash + 1)
        + " in an expression; write " + fix;
  }

  // Why a tag does not resolve: the part after "does not resolve: "

  public static String unknownVariable(String name) {
    return "Argo defines no variable '" + name + "'; variables start with workflow., tasks., steps., inputs. or item";
  }

  public static String unknownWorkflowVariable(String rest, Optional<String> meant) {
    return "Argo defines no variable 'workflow." + rest + "'" + Hints.suggest(meant);
  }

  public static String outputPathOutsideFileStep() {
    return "{{outputs.artifacts.result.path}} is only defined in the template of a step that returns a Path";
  }

  public static String podNameOutsideTemplate() {
    return "{{pod.name}} is only defined in a script's own template, such as its image";
  }

  public static String retriesWithoutRetry(String variable) {
    return "{{" + variable + "}} is only defined in the template of a script with @Retry";
  }

  public static String itemOutsideLoop() {
    return "{{item}} is only defined in a step that fans out with forEach or items";
  }

  public static String fieldOfPlainItem(String method, String field) {
    return "the items of " + method + "() are plain strings, so {{item." + field + "}} has no value; use {{item}}";
  }

  public static String scheduledTimeOutsideCron() {
    return "{{workflow.scheduledTime}} is only defined in a CRON_WORKFLOW, or when the workflow has the annotation"
        + " workflows.argoproj.io/scheduled-time (@Workflow(annotations = …))";
  }

  public static String failuresOutsideExitHandler() {
    return "{{workflow.failures}} is only defined in the exit handler (@Workflow(onExit = …))";
  }

  public static String noLabel(String key, Optional<String> meant) {
    return "the workflow has no label '" + key + "'" + Hints.suggest(meant);
  }

  public static String noAnnotations() {
    return "the workflow has no annotations; add them with @Workflow(annotations = \"key=value\")";
  }

  public static String noAnnotation(String key, Optional<String> meant) {
    return "the workflow has no annotation '" + key + "'" + meant.map(m -> "; did you mean '" + m + "'?").orElse("");
  }

  public static String noPriority() {
    return "{{workflow.priority}} is only defined when the workflow sets a priority (@Workflow(priority = …))";
  }

  public static String noGlobalOutputs() {
    return "the workflow declares no global outputs; export one with @Output(value = …, global = \"name\")";
  }

  public static String noGlobalOutput(boolean file, String name, List<String> globals, Optional<String> meant) {
    return "no output " + (file ? "file" : "value") + " of the workflow is exported as global '" + name + "'"
        + meant.map(m -> "; did you mean '" + m + "'?").orElse("; its global outputs are " + String.join(", ", globals));
  }

  public static String noParameter(String name, String workflowClass, Optional<String> meant) {
    return "no workflow parameter named '" + name + "' in " + workflowClass + Hints.suggest(meant);
  }

  public static String wrongStyle(String root, String workflowClass, String style, String expectedRoot) {
    return "{{" + root + ".…}} is for the " + (root.equals("steps") ? "STEPS" : "DAG") + " style, but "
        + workflowClass + " uses " + style + "; write {{" + expectedRoot + ".…}}";
  }

  public static String stepNameOutsideStep(String root) {
    return "{{" + root + ".name}} is only defined in a step";
  }

  public static String resultInExitHandler() {
    return "the exit handler cannot read a step's results; read {{workflow.failures}} or {{workflow.status}}";
  }

  public static String resultOutsideStep() {
    return "a step's results are only visible to other steps' @Value, @From and when";
  }

  public static String noStep(String step, Optional<String> meant) {
    return "no step named '" + step + "'" + Hints.suggest(meant);
  }

  public static String resultOfExitHandler(String step) {
    return "'" + step + "' is the exit handler, which runs after every step";
  }

  public static String ownResult() {
    return "a step cannot read its own result";
  }

  public static String resultOfFileStep(String method) {
    return method + "() returns a file, so it has no result; take the file with @From";
  }

  public static String resultOfResource(String root, String step, String template, java.util.List<String> outputs) {
    return step + " runs the @Resource template " + template + ", which has no result"
        + (outputs.isEmpty() ? "" : "; read an output of its object, e.g. {{" + root + "." + step + ".outputs.parameters." + outputs.get(0) + "}}");
  }

  public static String resultOfSuspend(String root, String step, String template, java.util.List<String> outputs) {
    return step + " runs the @Suspend template " + template + ", which has no result"
        + (outputs.isEmpty() ? "" : "; read a value supplied to it, e.g. {{" + root + "." + step + ".outputs.parameters." + outputs.get(0) + "}}");
  }

  public static String resultOfVoidStep(String method) {
    return method + "() returns void, so it has no result";
  }

  public static String noOutputParameters(String method, String root, String step) {
    return method + "() declares no output parameters; read {{" + root + "." + step + ".outputs.result}}";
  }

  public static String noNamedOutput(String step, boolean file, String name, List<String> names, Optional<String> suggestion) {
    String kind = file ? "output file" : "output value";
    String known = names.isEmpty()
        ? "it declares none (mark what its method returns with @Output)"
        : "its " + kind + "s are " + String.join(", ", names);
    return step + " has no " + kind + " '" + name + "'"
        + suggestion.map(meant -> "; did you mean '" + meant + "'?").orElse("; " + known);
  }

  public static String noStepField(String field) {
    return "a step has no '" + field + "'; use outputs.result, status, exitCode, startedAt or finishedAt (ip for a daemon)";
  }

  public static String ipOfNonDaemon(String root, String step, String template, Optional<String> daemon) {
    return "{{" + root + "." + step + ".ip}} is only defined for a daemon, and " + step + "'s template " + template
        + " is not @Daemon" + daemon.map(meant -> "; did you mean {{" + root + "." + meant + ".ip}}?")
            .orElse("; mark the template that serves with @Daemon");
  }

  public static String ipOfFanOut(String root, String step) {
    return step + " fans out into one daemon per item, and Argo gives the loop no single address: {{" + root + "." + step
        + ".ip}} is never defined; run one daemon, or read each item's address in a step that loops with it";
  }

  public static String resultOfDaemon(String root, String step) {
    return step + " runs a daemon, which has no result; read its address with {{" + root + "." + step + ".ip}}";
  }

  public static String inputsOutsideTemplate() {
    return "{{inputs.…}} is only defined inside a script's own template; take a workflow parameter with"
        + " @Param or {{workflow.parameters.…}}";
  }

  public static String noGraphInput(String graphClass, String name, List<String> inputs, Optional<String> meant) {
    return noGraphInput(graphClass, "input", name, inputs, meant, "@Param(\"" + name + "\")");
  }

  public static String noGraphInputFile(String graphClass, String name, List<String> files, Optional<String> meant) {
    return noGraphInput(graphClass, "input file", name, files, meant, "@Param(value = \"" + name + "\", type = Path.class)");
  }

  private static String noGraphInput(
      String graphClass, String kind, String name, List<String> declared, Optional<String> meant, String declaration) {
    return "@Graph " + graphClass + " has no " + kind + " '" + name + "'" + (meant.isPresent()
        ? Hints.suggest(meant)
        : declared.isEmpty()
            ? "; declare it with " + declaration + " on the class"
            : "; its " + kind + "s are " + String.join(", ", declared));
  }

  public static String noPathParameter(String method, String name) {
    return "script " + method + "() has no Path parameter '" + name + "'";
  }

  public static String noScriptParameter(String method, String name, Optional<String> meant) {
    return "script " + method + "() has no parameter '" + name + "'" + Hints.suggest(meant);
  }

  public static String noInputArtifacts() {
    return "scripts have no input artifacts; use {{inputs.parameters.<name>}}";
  }
}
