package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * porting-guide.md §2.6 on every upstream example: each single change of a compared field (every
 * scalar changed, every map entry and list element removed) makes the comparison fail, and each change
 * of a field the port may choose (image, command, artifact path, env value, harness labels, ...) does
 * not. The oracle below is written from the guide, independently of the comparator's code.
 */
class MutationTest {
  private static final String TEMPLATE = "(^|\\.)(templates\\[\\]|inline|templateDefaults)";
  private static final String CONTAINER = TEMPLATE + "\\.(container|script|sidecars\\[\\]|initContainers\\[\\]|containerSet\\.containers\\[\\])";
  /** Fields whose change the port may make: what runs in a pod, and where its files are. */
  private static final List<Pattern> FREE = Stream.of(
          CONTAINER + "\\.(image|command|args|source|workingDir|imagePullPolicy|ports|stdin|stdinOnce|tty|terminationMessagePath|terminationMessagePolicy)(\\[\\]|\\.|$).*",
          TEMPLATE + "\\.(container|script)\\.name$",
          CONTAINER + "\\.env\\[\\]\\.(name|value)$",
          CONTAINER + "\\.securityContext\\.(?!privileged$).*",
          "^spec(\\.workflowSpec)?\\.securityContext(\\.|$).*",
          TEMPLATE + "\\.securityContext(\\.|$).*",
          TEMPLATE + "\\.outputs\\.parameters\\[\\]\\.valueFrom\\.path$")
      .map(Pattern::compile).toList();
  private static final Pattern ARTIFACT_FILE = Pattern.compile(TEMPLATE + "\\.(inputs|outputs)\\.artifacts\\[\\]\\.(path|mode)$");
  private static final Pattern PROBE = Pattern.compile(CONTAINER + "\\.(readinessProbe|livenessProbe|startupProbe)(\\.(exec|httpGet|tcpSocket|grpc)(\\.|\\[\\]|$))?.*");
  /** Keys whose removal may restore Argo's default, so removing them proves nothing. */
  private static final Set<String> DEFAULTED = Set.of(
      "retryPolicy", "failFast", "start", "method", "mergeStrategy", "concurrencyPolicy", "successfulJobsHistoryLimit",
      "failedJobsHistoryLimit", "archive");

  static Stream<String> examples() {
    return UpstreamSelfComparisonTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyChangeOfAComparedFieldIsReportedAndNoOtherIs(String example) {
    String yaml = ArgoExamples.read(UpstreamSelfComparisonTest.requireExamples(), example);
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Object document : GoYaml.documents(yaml)) {
      Map<String, Object> original = Canonicaliser.document(document);
      List<Mutation> mutations = new ArrayList<>();
      collect(document, document, new ArrayList<>(), mutations);
      for (Mutation m : mutations) {
        List<Difference> differences = PortComparator.compareCanonical(original, document, m.mutated);
        checked++;
        if (m.expectDifference == differences.isEmpty()) {
          wrong.add(m.description + (m.expectDifference ? ": not reported" : ": reported as " + differences));
        }
      }
    }
    assertWithMessage("%s single changes of %s checked; wrong verdicts", checked, example).that(wrong).isEmpty();
  }

  private record Mutation(String description, Object mutated, boolean expectDifference) {}

  /** Walks the raw document; for each node, the changes to try and whether each must be reported. */
  private static void collect(Object root, Object node, List<Object> path, List<Mutation> out) {
    String pattern = pattern(path);
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        List<Object> child = append(path, e.getKey());
        Object value = e.getValue();
        if (value != null && !Boolean.FALSE.equals(value) && !DEFAULTED.contains(String.valueOf(e.getKey()))) {
          out.add(new Mutation("remove " + pattern(child) + " " + child, with(root, child, REMOVE), removalIsReported(root, child, value)));
        }
        collect(root, value, child, out);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        List<Object> child = append(path, i);
        out.add(new Mutation("remove " + pattern(child) + " " + child, with(root, child, REMOVE), removalIsReported(root, child, list.get(i))));
        collect(root, list.get(i), child, out);
      }
    } else if (node != null) {
      Object changed = node instanceof String s ? s + "-x"
          : node instanceof BigDecimal d ? d.add(BigDecimal.ONE)
          : !(Boolean) node;
      out.add(new Mutation("change " + pattern + " " + path, with(root, path, changed), changeIsReported(root, path)));
    }
  }

  private static boolean changeIsReported(Object root, List<Object> path) {
    if (undeclaredArguments(root, path)) {
      return false;
    }
    String p = pattern(path);
    if (FREE.stream().anyMatch(f -> f.matcher(p).find())) {
      return false;
    }
    if (ARTIFACT_FILE.matcher(p).find() && isPodTemplate(root, path)) {
      return false;
    }
    if (PROBE.matcher(p).find()) {
      // a daemon's main container keeps its probe's kind and timings
      return isDaemonMain(root, path) && !p.matches(".*Probe\\.(exec|httpGet|tcpSocket|grpc)(\\.|\\[\\]|$).*");
    }
    if (path.size() == 2 && path.get(0).equals("metadata") && isWorkflow(root)
        && (path.get(1).equals("name") || path.get(1).equals("generateName"))) {
      return false;
    }
    return !isHarnessMetadata(path);
  }

  private static boolean removalIsReported(Object root, List<Object> path, Object value) {
    if (undeclaredArguments(root, path)) {
      return false;
    }
    String p = pattern(path);
    if (path.size() == 2 && path.get(0).equals("metadata") && path.get(1).equals("name") && isWorkflow(root)) {
      return true; // a fixed name becomes no name
    }
    if (p.equals("metadata")) {
      // a Workflow's generated name is free; what else metadata holds is compared
      Map<?, ?> metadata = (Map<?, ?>) value;
      return metadata.entrySet().stream().anyMatch(e -> !e.getKey().equals("generateName")
          && (!(e.getValue() instanceof Map<?, ?>) || removalIsReported(root, append(path, e.getKey()), e.getValue())));
    }
    if (p.matches("^metadata\\.(labels|annotations)$")) {
      return ((Map<?, ?>) value).keySet().stream().anyMatch(k -> !Canonicaliser.HARNESS_METADATA.contains(String.valueOf(k)));
    }
    if (Pattern.compile(CONTAINER + "\\.env(\\[\\])?$").matcher(p).find()) {
      return containsValueFrom(value); // plain values are the step's own
    }
    if (isEmpty(value) && p.matches(".*(^|\\.)(inputs|outputs|arguments|parameters|artifacts|dependencies|continueOn)$")) {
      return false; // Go zero values
    }
    if (p.endsWith(".valueFrom.path")) {
      return true; // "read from a file" is compared, not the file
    }
    if (Pattern.compile(CONTAINER + "\\.securityContext$").matcher(p).find()) {
      return Boolean.TRUE.equals(((Map<?, ?>) value).get("privileged"));
    }
    if (Pattern.compile(CONTAINER + "\\.[a-zA-Z]+Probe\\.(exec|httpGet|tcpSocket|grpc)$").matcher(p).find()) {
      return isDaemonMain(root, path); // the probe's kind
    }
    return changeIsReported(root, path);
  }

  /**
   * Whether {@code path} lies in a step's or task's arguments that only pass parameters the called template
   * (of this document, or an example's WorkflowTemplate by templateRef) declares no input for, which Argo ignores
   * (Canonicaliser.withoutUndeclaredArguments).
   */
  private static boolean undeclaredArguments(Object root, List<Object> path) {
    int at = path.indexOf("arguments");
    if (at < 3 || !path.get(0).equals("spec") || !path.get(1).equals("templates")) {
      return false;
    }
    Object step = root;
    for (Object key : path.subList(0, at)) {
      step = step instanceof Map<?, ?> m ? m.get(key) : step instanceof List<?> l && key instanceof Integer i ? l.get(i) : null;
    }
    if (!(step instanceof Map<?, ?> called) || !(called.get("arguments") instanceof Map<?, ?> arguments)
        || arguments.get("artifacts") != null || !(arguments.get("parameters") instanceof List<?> parameters)) {
      return false;
    }
    Map<String, java.util.Set<String>> local = new java.util.HashMap<>();
    for (Object t : (List<?>) ((Map<?, ?>) ((Map<?, ?>) root).get("spec")).get("templates")) {
      if (t instanceof Map<?, ?> template) {
        local.put(String.valueOf(template.get("name")), TemplateCatalog.declared(template));
      }
    }
    java.util.Set<String> declared = TemplateCatalog.examples().calleeInputs(called, local).orElse(null);
    if (declared == null) {
      return false;
    }
    return parameters.stream().noneMatch(parameter -> declared.contains(((Map<?, ?>) parameter).get("name")));
  }

  private static boolean containsValueFrom(Object value) {
    if (value instanceof Map<?, ?> m) {
      return m.containsKey("valueFrom");
    }
    return value instanceof List<?> l && l.stream().anyMatch(MutationTest::containsValueFrom);
  }

  private static boolean isEmpty(Object value) {
    return value instanceof Map<?, ?> m ? m.isEmpty() : value instanceof List<?> l && l.isEmpty();
  }

  private static boolean isHarnessMetadata(List<Object> path) {
    return path.size() == 3 && path.get(0).equals("metadata")
        && (path.get(1).equals("labels") || path.get(1).equals("annotations"))
        && Canonicaliser.HARNESS_METADATA.contains(String.valueOf(path.get(2)));
  }

  private static boolean isWorkflow(Object root) {
    return "Workflow".equals(((Map<?, ?>) root).get("kind"));
  }

  /** The template holding {@code path}: a container or script (or container set) template? */
  private static boolean isPodTemplate(Object root, List<Object> path) {
    Map<?, ?> template = templateOf(root, path);
    return template != null && (template.containsKey("container") || template.containsKey("script") || template.containsKey("containerSet"));
  }

  private static boolean isDaemonMain(Object root, List<Object> path) {
    Map<?, ?> template = templateOf(root, path);
    String p = pattern(path);
    return template != null && Boolean.TRUE.equals(template.get("daemon")) && p.matches(".*\\.(container|script)\\.[a-zA-Z]+Probe(\\..*)?$");
  }

  private static Map<?, ?> templateOf(Object root, List<Object> path) {
    Object node = root;
    Map<?, ?> template = null;
    for (int i = 0; i < path.size(); i++) {
      node = node instanceof Map<?, ?> m ? m.get(path.get(i)) : ((List<?>) node).get((Integer) path.get(i));
      Object key = i > 0 ? path.get(i - 1) : null;
      if (("templates".equals(key) && path.get(i) instanceof Integer) || "inline".equals(path.get(i)) || "templateDefaults".equals(path.get(i))) {
        template = (Map<?, ?>) node;
      }
    }
    return template;
  }

  private static final Object REMOVE = new Object();

  /** A deep copy of {@code root} with the node at {@code path} replaced (or removed). */
  private static Object with(Object root, List<Object> path, Object replacement) {
    Object copy = copy(root);
    Object parent = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      parent = parent instanceof Map<?, ?> m ? m.get(path.get(i)) : ((List<?>) parent).get((Integer) path.get(i));
    }
    Object last = path.get(path.size() - 1);
    if (parent instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<Object, Object> map = (Map<Object, Object>) m;
      if (replacement == REMOVE) {
        map.remove(last);
      } else {
        map.put(last, replacement);
      }
    } else {
      @SuppressWarnings("unchecked")
      List<Object> list = (List<Object>) parent;
      if (replacement == REMOVE) {
        list.remove((int) (Integer) last);
      } else {
        list.set((Integer) last, replacement);
      }
    }
    return copy;
  }

  private static Object copy(Object node) {
    if (node instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(k, copy(v)));
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(v -> out.add(copy(v)));
      return out;
    }
    return node;
  }

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> out = new ArrayList<>(path);
    out.add(segment);
    return out;
  }

  /** The path with list indices as [], e.g. spec.templates[].container.image. */
  private static String pattern(List<Object> path) {
    StringBuilder s = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        s.append("[]");
      } else {
        s.append(s.length() == 0 ? "" : ".").append(segment);
      }
    }
    return s.toString();
  }
}
