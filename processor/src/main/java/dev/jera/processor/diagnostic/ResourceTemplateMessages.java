package dev.jera.processor.diagnostic;

/** Messages about {@code @Resource} templates and the outputs they read from their object. */
public final class ResourceTemplateMessages {
  private ResourceTemplateMessages() {}

  public static Message notYaml(String method, String problem) {
    return MessageId.INVALID_RESOURCE_MANIFEST.with(
        "the manifest of @Resource on " + method + "() is not valid YAML (" + problem + "); write the object as YAML"
        + " in a text block, indented with spaces");
  }

  public static Message notAnObject(String method, String found) {
    return MessageId.INVALID_RESOURCE_MANIFEST.with(
        "the manifest of @Resource on " + method + "() is " + found + ", not a Kubernetes object; write a mapping with"
        + " apiVersion, kind and metadata");
  }

  public static Message missingField(String method, String field, String example) {
    return MessageId.INVALID_RESOURCE_MANIFEST.with(
        "the manifest of @Resource on " + method + "() has no " + field + "; add it, e.g. " + example);
  }

  public static Message unnamed(String method, String action, boolean create) {
    return MessageId.INVALID_RESOURCE_MANIFEST.with(
        "the manifest of @Resource on " + method + "() names no object, which " + action + " needs; add metadata.name"
        + (create ? " or metadata.generateName" : " (only CREATE takes metadata.generateName)"));
  }

  public static Message notAJsonPatch(String method, String problem) {
    return MessageId.INVALID_RESOURCE_MANIFEST.with(
        "the manifest of @Resource on " + method + "() is a JSON patch (mergeStrategy = JSON), but " + problem
        + "; write a list of operations such as \"- op: add\\n  path: /metadata/labels/foo\\n  value: bar\"");
  }

  public static Message missingManifest(String method, String action) {
    boolean lookup = action.equals("GET") || action.equals("DELETE");
    return MessageId.MISSING_RESOURCE_MANIFEST.with(
        "@Resource(action = " + action + ") on " + method + "() gives no manifest, so Argo has no object to "
        + action.toLowerCase(java.util.Locale.ROOT) + "; add manifest = \"\"\"…\"\"\" with the object"
        + (lookup ? ", or name it in flags (flags = {\"configmap\", \"my-config\"})" : ""));
  }

  public static Message mergeStrategyWithoutPatch(String method, String action) {
    return MessageId.MERGE_STRATEGY_WITHOUT_PATCH.with(
        "mergeStrategy of @Resource on " + method + "() only applies to action = PATCH, but the action is " + action
        + "; drop mergeStrategy, or make the action PATCH");
  }

  public static Message withCommand(String method, String other) {
    return MessageId.RESOURCE_WITH_COMMAND.with(
        method + "() is both a @Resource template and " + other + "; a template either acts on a Kubernetes object or"
        + " runs a command, so drop one of them");
  }

  public static Message withImage(String method, String image) {
    return MessageId.RESOURCE_WITH_COMMAND.with(
        method + "() is a @Resource template, which runs Argo's executor (kubectl), not image \"" + image + "\"; drop image");
  }

  public static Message outputWithoutSource(String output, String method) {
    return MessageId.RESOURCE_OUTPUT_SOURCE.with(
        "output '" + output + "' of " + method + "() is read from the object of its @Resource, but says not how;"
        + " add jsonPath = \"{.metadata.name}\" or jqFilter = \".\" to its @Output");
  }

  public static Message outputWithBothSources(String output, String method) {
    return MessageId.RESOURCE_OUTPUT_SOURCE.with(
        "output '" + output + "' of " + method + "() gives both jsonPath and jqFilter; Argo reads one, so keep one");
  }

  public static Message fileOutput(String output, String method) {
    return MessageId.RESOURCE_OUTPUT_SOURCE.with(
        "output '" + output + "' of " + method + "() is a file, but a @Resource template leaves no files, only values read"
        + " from its object; make it a String with @Output(jsonPath = …) or @Output(jqFilter = …)");
  }

  public static Message objectOutputOffResource(String attribute, String output, String method) {
    return MessageId.OBJECT_OUTPUT_OFF_RESOURCE.with(
        attribute + " of output '" + output + "' of " + method + "() reads a Kubernetes object, which only a @Resource"
        + " template has; drop " + attribute + " (the output is what the method returns)");
  }

  public static Message resultOfResource(String method, String producer, String outputs) {
    return MessageId.RESOURCE_RESULT.with(
        method + "() reads the result of " + producer + ", a @Resource template, which has no result; read one of its"
        + " outputs with @From(value = \"" + producer + "\", output = …)" + (outputs.isEmpty() ? ", after giving it an"
        + " @Output(jsonPath = …)" : " (" + outputs + ")"));
  }
}
