package dev.jera.samples.argo.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input parameters each template of Argo's example WorkflowTemplates and ClusterWorkflowTemplates
 * declares, by {@code templateRef}: what a step that calls one of them by reference can pass
 * (ProcessArgs reads an argument only for a declared input). Empty where the examples are absent.
 */
final class TemplateCatalog {
  private static final TemplateCatalog EXAMPLES =
      ArgoExamples.folder().map(TemplateCatalog::of).orElseGet(() -> new TemplateCatalog(Map.of()));

  private final Map<String, Set<String>> inputs;

  private TemplateCatalog(Map<String, Set<String>> inputs) {
    this.inputs = inputs;
  }

  /** The catalogue of Argo's examples folder. */
  static TemplateCatalog examples() {
    return EXAMPLES;
  }

  /**
   * The inputs template {@code template} of the (Cluster)WorkflowTemplate {@code name} declares, when the
   * examples define that template.
   */
  Optional<Set<String>> inputs(boolean clusterScope, String name, String template) {
    return Optional.ofNullable(inputs.get(key(clusterScope, name, template)));
  }

  /**
   * The inputs of the template a step or task calls: one of its own document's ({@code template}, looked up
   * in {@code sameDocument}, template name to inputs) or one of the examples' templates ({@code templateRef});
   * empty when the callee is not known.
   */
  Optional<Set<String>> calleeInputs(Map<?, ?> step, Map<String, Set<String>> sameDocument) {
    if (step.get("template") instanceof String name) {
      return Optional.ofNullable(sameDocument.get(name));
    }
    if (step.get("templateRef") instanceof Map<?, ?> ref && ref.get("name") instanceof String name
        && ref.get("template") instanceof String template) {
      return inputs(Boolean.TRUE.equals(ref.get("clusterScope")) || "true".equals(String.valueOf(ref.get("clusterScope"))),
          name, template);
    }
    return Optional.empty();
  }

  private static TemplateCatalog of(Path folder) {
    Map<String, Set<String>> inputs = new HashMap<>();
    for (String file : ArgoExamples.workflowFiles(folder)) {
      for (Object document : GoYaml.documents(ArgoExamples.read(folder, file))) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("spec") instanceof Map<?, ?> spec)
            || !(root.get("metadata") instanceof Map<?, ?> metadata) || !(metadata.get("name") instanceof String name)
            || !(spec.get("templates") instanceof List<?> templates)) {
          continue;
        }
        boolean cluster = "ClusterWorkflowTemplate".equals(root.get("kind"));
        if (!cluster && !"WorkflowTemplate".equals(root.get("kind"))) {
          continue;
        }
        for (Object t : templates) {
          if (t instanceof Map<?, ?> template && template.get("name") instanceof String templateName) {
            inputs.put(key(cluster, name, templateName), declared(template));
          }
        }
      }
    }
    return new TemplateCatalog(Map.copyOf(inputs));
  }

  /** The names of a template's input parameters. */
  static Set<String> declared(Map<?, ?> template) {
    Set<String> names = new HashSet<>();
    if (template.get("inputs") instanceof Map<?, ?> in && in.get("parameters") instanceof List<?> parameters) {
      for (Object p : parameters) {
        if (p instanceof Map<?, ?> parameter) {
          names.add(String.valueOf(parameter.get("name")));
        }
      }
    }
    return names;
  }

  private static String key(boolean clusterScope, String name, String template) {
    return (clusterScope ? "cluster/" : "namespaced/") + name + "/" + template;
  }
}
