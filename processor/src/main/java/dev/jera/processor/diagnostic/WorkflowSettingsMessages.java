package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * Messages about what {@code @Workflow} and {@code @Pod} say of resources beyond the graph: annotations,
 * labelsFrom, a fixed name, the disruption budget, pod GC options, a spec patch, claims, DNS, sub-paths.
 */
public final class WorkflowSettingsMessages {
  private WorkflowSettingsMessages() {}

  public static Message invalidAnnotation(String where, String annotation, String problem) {
    return MessageId.INVALID_ANNOTATION.with(
        where + " annotation '" + shortened(annotation) + "' is not valid: " + problem);
  }

  public static Message duplicateAnnotation(String key) {
    return MessageId.DUPLICATE_ANNOTATION.with(
        "annotation key '" + key + "' is given twice; keep one");
  }

  public static Message annotationsTooLarge(String where, long bytes) {
    return MessageId.ANNOTATIONS_TOO_LARGE.with(
        where + " annotations take " + bytes + " bytes, but Kubernetes accepts at most 262144 (256 KiB) for all"
        + " of a resource's annotations; shorten them");
  }

  public static Message labelsFromWithoutEquals(String entry) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom '" + entry + "' is not of the form key=expression, e.g. \"environment=workflow.parameters.env\"");
  }

  public static Message labelsFromInvalidKey(String key, String problem) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom key '" + key + "' is not a valid Kubernetes label key: " + problem);
  }

  public static Message labelsFromEmptyExpression(String key) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom '" + key + "' has no expression; write key=expression, e.g. \"" + key + "=workflow.parameters." + key + "\"");
  }

  public static Message labelsFromTag(String key) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom '" + key + "' is an expression, not a template string: write workflow.parameters.x, without {{ }}");
  }

  public static Message labelsFromUnknownParameter(String key, String parameter, String workflowClass, Optional<String> meant) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom '" + key + "': no workflow parameter named '" + parameter + "' in " + workflowClass
        + meant.map(m -> "; did you mean '" + m + "'?").orElse("; declare it with @Param(\"" + parameter + "\")"));
  }

  public static Message labelsFromUnknownVariable(String key, String variable, String problem) {
    return MessageId.INVALID_LABELS_FROM.with(
        "labelsFrom '" + key + "' reads " + variable + ", which the workflow does not define when it starts: " + problem);
  }

  public static Message labelsFromDuplicate(String key) {
    return MessageId.DUPLICATE_LABEL.with(
        "label key '" + key + "' is set by both labels and labelsFrom (or twice); keep one");
  }

  public static Message fixedNameOutsideWorkflow(String kind) {
    return MessageId.FIXED_NAME_OUTSIDE_WORKFLOW.with(
        "@Workflow(generateName = false) only applies to kind = WORKFLOW (a " + kind
        + " always has exactly its name); remove it");
  }

  public static Message invalidDisruptionBudget(String attribute, String value) {
    return MessageId.INVALID_DISRUPTION_BUDGET.with(
        "@Workflow(" + attribute + " = \"" + value + "\") is neither a whole number nor a percentage; write e.g. \"2\" or \"50%\"");
  }

  public static Message twoDisruptionBudgets() {
    return MessageId.INVALID_DISRUPTION_BUDGET.with(
        "@Workflow sets both minAvailable and maxUnavailable, but a PodDisruptionBudget takes one of them; remove one");
  }

  public static Message podGcOptionWithoutStrategy(String attribute) {
    return MessageId.POD_GC_OPTION_WITHOUT_STRATEGY.with(
        "@Workflow(" + attribute + ") needs a strategy to apply to; set @Workflow(podGC = PodGC.ON_POD_COMPLETION) or another");
  }

  public static Message invalidPodGcSelector(String term, String problem) {
    return MessageId.INVALID_POD_GC_SELECTOR.with(
        "podGCSelector '" + term + "' is not valid: " + problem);
  }

  public static String comparisonInSelector(String operator) {
    return "a label selector has no '" + operator.toLowerCase(java.util.Locale.ROOT)
        + "'; write 'key in (a, b)', 'key notin (a)', 'key exists', 'key doesnotexist' or key=value";
  }

  public static Message specPatchNotParsing(String method, String problem) {
    return MessageId.INVALID_SPEC_PATCH.with(
        "@Pod(specPatch) of " + method + " does not parse as YAML or JSON: " + problem);
  }

  public static Message specPatchNotAMapping(String method, String got) {
    return MessageId.INVALID_SPEC_PATCH.with(
        "@Pod(specPatch) of " + method + " is " + got + ", but a pod spec patch is a mapping such as"
        + " {\"containers\": [{\"name\": \"main\", …}]}");
  }

  public static Message specPatchField(String method, String field, String problem) {
    return MessageId.INVALID_SPEC_PATCH.with(
        "@Pod(specPatch) of " + method + ": '" + field + "' " + problem);
  }

  public static Message specPatchUnknownContainer(String method, String container, List<String> containers, Optional<String> meant) {
    return MessageId.INVALID_SPEC_PATCH.with(
        "@Pod(specPatch) of " + method + " patches container '" + container + "'; "
        + (containers.isEmpty() ? "the pod has none of that kind (its init container exists only when files come in)"
            : "the pod's containers are " + String.join(", ", containers))
        + meant.map(m -> "; did you mean '" + m + "'?").orElse(""));
  }

  public static Message invalidResourceClaim(String claim, String problem) {
    return MessageId.INVALID_RESOURCE_CLAIM.with(
        "resource claim '" + claim + "' is not valid: " + problem);
  }

  public static Message unknownResourceClaim(String claim, String method, List<String> declared, Optional<String> meant) {
    return MessageId.UNKNOWN_RESOURCE_CLAIM.with(
        "@Resources(claims) of " + method + " uses claim '" + claim + "', which is not declared"
        + (declared.isEmpty()
            ? "; declare it with @Pod(resourceClaims = \"" + claim + "=<claim template>\") on the script or its class"
            : "; declared: " + String.join(", ", declared) + meant.map(m -> "; did you mean '" + m + "'?").orElse("")));
  }

  public static Message invalidNameserver(String nameserver) {
    return MessageId.INVALID_DNS_CONFIG.with(
        "nameserver '" + nameserver + "' is not an IP address; write e.g. \"1.2.3.4\" or \"2001:db8::1\"");
  }

  public static Message invalidDnsOption(String option, String problem) {
    return MessageId.INVALID_DNS_CONFIG.with(
        "DNS option '" + option + "' is not valid: " + problem);
  }

  public static Message invalidDnsSearch(String search, String problem) {
    return MessageId.INVALID_DNS_CONFIG.with(
        "DNS search domain '" + search + "' is not valid: " + problem);
  }

  public static Message dnsOnScript(String method) {
    return MessageId.DNS_ON_SCRIPT.with(
        "@Pod(nameservers, dnsOptions, dnsSearches) of " + method + " only applies to the whole workflow (Argo has"
        + " no per-template DNS); move it to the class");
  }

  public static Message invalidSubPath(String subPath, String problem) {
    return MessageId.INVALID_SUB_PATH.with(
        "@Volume(subPath = \"" + subPath + "\") " + problem);
  }

  public static Message invalidStopStrategy(String expression, String problem) {
    return MessageId.INVALID_STOP_STRATEGY.with(
        "@Workflow(stopStrategy = \"" + expression + "\") " + problem);
  }

  /** A long annotation (a description) shown by its start. */
  private static String shortened(String text) {
    String line = text.lines().findFirst().orElse("");
    return line.length() > 60 || line.length() < text.length() ? line.substring(0, Math.min(60, line.length())) + "…" : text;
  }
}
