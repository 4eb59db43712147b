package dev.jera.processor.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.jera.argo.DidYouMean;
import dev.jera.argo.TemplateText;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.WorkflowSettingsMessages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code podSpecPatch} as Argo applies it ({@code workflow/controller/workflowpod.go}): the text, its
 * tags substituted, parsed as YAML (JSON included) into a pod spec, merged strategically into the pod
 * Argo built, whose containers merge by name. So it must be a mapping of pod spec fields, and every
 * container it names must be one the pod has; another name would add a container with no image.
 */
final class SpecPatch {
  /** The containers of a Jera step's pod: the step and Argo's executor; the init container only when files come in. */
  static final List<String> CONTAINERS = List.of("main", "wait");
  static final List<String> INIT_CONTAINERS = List.of("init");

  /** Kubernetes' PodSpec fields (v1.34). */
  private static final List<String> POD_FIELDS = List.of(
      "activeDeadlineSeconds", "affinity", "automountServiceAccountToken", "containers", "dnsConfig", "dnsPolicy",
      "enableServiceLinks", "ephemeralContainers", "hostAliases", "hostIPC", "hostNetwork", "hostPID", "hostUsers",
      "hostname", "hostnameOverride", "imagePullSecrets", "initContainers", "nodeName", "nodeSelector", "os", "overhead",
      "preemptionPolicy", "priority", "priorityClassName", "readinessGates", "resourceClaims", "resources",
      "restartPolicy", "runtimeClassName", "schedulerName", "schedulingGates", "securityContext", "serviceAccount",
      "serviceAccountName", "setHostnameAsFQDN", "shareProcessNamespace", "subdomain", "terminationGracePeriodSeconds",
      "tolerations", "topologySpreadConstraints", "volumes");
  /** Kubernetes' Container fields (Argo v4.1.2's schema). */
  private static final List<String> CONTAINER_FIELDS = List.of(
      "args", "command", "env", "envFrom", "image", "imagePullPolicy", "lifecycle", "livenessProbe", "name", "ports",
      "readinessProbe", "resizePolicy", "resources", "restartPolicy", "restartPolicyRules", "securityContext",
      "startupProbe", "stdin", "stdinOnce", "terminationMessagePath", "terminationMessagePolicy", "tty", "volumeDevices",
      "volumeMounts", "workingDir");

  private SpecPatch() {}

  /**
   * What is wrong with {@code patch} of {@code owner} ({@code "one()"} or {@code "the workflow"}), if
   * anything; the pod also has the {@code sidecars} and {@code initContainers} given (a script's
   * {@code @Sidecar} and {@code @InitContainer}), which the patch may name.
   */
  static Optional<Message> problem(String owner, String patch, boolean filesComeIn, List<String> sidecars, List<String> initContainers) {
    String substituted;
    try {
      // Argo substitutes before it parses; a placeholder stands for any tag's value.
      substituted = TemplateText.parse(patch).withPlaceholders("jera-value");
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // TemplateTagRule reports the unclosed tag.
    }
    JsonNode root;
    try {
      root = YamlTrees.read(substituted);
    } catch (JsonProcessingException e) {
      return Optional.of(WorkflowSettingsMessages.specPatchNotParsing(owner, firstLine(e.getOriginalMessage())));
    }
    if (root == null || !root.isObject()) {
      return Optional.of(WorkflowSettingsMessages.specPatchNotAMapping(owner, root == null || root.isMissingNode() ? "empty" : describe(root)));
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (!POD_FIELDS.contains(name)) {
        return Optional.of(WorkflowSettingsMessages.specPatchField(owner, name,
            "is not a pod spec field" + DidYouMean.closest(name, POD_FIELDS).map(m -> "; did you mean '" + m + "'?").orElse("")));
      }
      if (name.equals("containers") || name.equals("initContainers")) {
        List<String> existing = new ArrayList<>(name.equals("containers") ? CONTAINERS : filesComeIn ? INIT_CONTAINERS : List.of());
        existing.addAll(name.equals("containers") ? sidecars : initContainers);
        Optional<Message> problem = containers(owner, name, field.getValue(), existing);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Message> containers(String owner, String field, JsonNode list, List<String> existing) {
    if (!list.isArray()) {
      return Optional.of(WorkflowSettingsMessages.specPatchField(owner, field, "is " + describe(list) + ", but must be a list of containers"));
    }
    for (JsonNode container : list) {
      if (!container.isObject() || !container.path("name").isTextual()) {
        return Optional.of(WorkflowSettingsMessages.specPatchField(owner, field,
            "holds an entry without a name; a patch finds each container by name, e.g. {\"name\": \"main\", …}"));
      }
      String name = container.get("name").asText();
      if (!existing.contains(name)) {
        return Optional.of(WorkflowSettingsMessages.specPatchUnknownContainer(owner, name, existing, DidYouMean.closest(name, existing)));
      }
      for (Iterator<String> keys = container.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!CONTAINER_FIELDS.contains(key)) {
          return Optional.of(WorkflowSettingsMessages.specPatchField(owner, field + "[" + name + "]." + key,
              "is not a container field" + DidYouMean.closest(key, CONTAINER_FIELDS).map(m -> "; did you mean '" + m + "'?").orElse("")));
        }
      }
    }
    return Optional.empty();
  }

  private static String describe(JsonNode node) {
    return node.isArray() ? "a list" : node.isTextual() ? "a string" : node.isNumber() ? "a number" : node.isBoolean() ? "a boolean" : "null";
  }

  private static String firstLine(String message) {
    List<String> lines = new ArrayList<>(message.lines().toList());
    return lines.isEmpty() ? message : lines.get(0);
  }
}
