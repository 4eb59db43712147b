package dev.jera.samples.argo.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * N7 (porting-guide.md §2.3): a Java step receives everything through its inputs, where an upstream
 * container may read a global variable in its command ({@code echo {{workflow.status}}}). An input X of
 * a port's pod template T that upstream's T does not declare is a transport input, and goes, when its
 * value is exactly one tag that upstream's T reads in what the port replaces (image, command, args,
 * source, working directory, plain env values) and whose root is not {@code inputs.}/{@code outputs.};
 * or when every call of T in the port passes X exactly such a tag. Its arguments go with it. Any other
 * input upstream does not declare stays, and is a difference.
 */
final class TransportInputs {
  private static final Set<String> REPLACED = Set.of("image", "command", "args", "source", "workingDir");

  private TransportInputs() {}

  /** What upstream's pod templates declare and read: per template, its inputs and its global tags. */
  record Upstream(Map<String, Set<String>> declared, Map<String, Set<String>> globalTags) {}

  /** The facts N7 needs from an upstream document, read from its raw form. */
  static Upstream of(Object rawDocument) {
    Map<String, Set<String>> declared = new LinkedHashMap<>();
    Map<String, Set<String>> tags = new LinkedHashMap<>();
    for (Object t : Canonicaliser.list(spec(Canonicaliser.map(rawDocument, "document")).get("templates"), "templates")) {
      Map<String, Object> template = Canonicaliser.map(t, "template");
      if (!template.containsKey("container") && !template.containsKey("script")) {
        continue;
      }
      String name = String.valueOf(template.get("name"));
      Set<String> inputs = new LinkedHashSet<>();
      Object parameters = Canonicaliser.map(template.get("inputs"), "inputs").get("parameters");
      for (Object p : Canonicaliser.list(parameters, "parameters")) {
        inputs.add(String.valueOf(Canonicaliser.map(p, "parameter").get("name")));
      }
      declared.put(name, inputs);
      Set<String> global = new LinkedHashSet<>();
      List<Object> containers = new ArrayList<>();
      for (String key : List.of("container", "script")) {
        if (template.get(key) != null) {
          containers.add(template.get(key));
        }
      }
      for (String key : List.of("sidecars", "initContainers")) {
        containers.addAll(Canonicaliser.list(template.get(key), key));
      }
      for (Object c : containers) {
        collectReplacedTags(Canonicaliser.map(c, "container"), global);
      }
      tags.put(name, global);
    }
    return new Upstream(declared, tags);
  }

  private static void collectReplacedTags(Map<String, Object> container, Set<String> into) {
    List<String> texts = new ArrayList<>();
    container.forEach((k, v) -> {
      if (REPLACED.contains(k)) {
        strings(v, texts);
      }
    });
    for (Object env : Canonicaliser.list(container.get("env"), "env")) {
      Object value = Canonicaliser.map(env, "env entry").get("value");
      if (value != null) {
        strings(value, texts);
      }
    }
    for (String text : texts) {
      for (String tag : Tags.in(text)) {
        String inside = Tags.inside(tag);
        if (!inside.startsWith("inputs.") && !inside.startsWith("outputs.")) {
          into.add(tag);
        }
      }
    }
  }

  private static void strings(Object value, List<String> into) {
    if (value instanceof String s) {
      into.add(s);
    } else if (value instanceof List<?> l) {
      l.forEach(v -> strings(v, into));
    }
  }

  /** Removes the transport inputs of the port's canonical document (and their arguments). */
  static void remove(Map<String, Object> port, Upstream upstream) {
    Map<String, Object> spec = spec(port);
    if (!(spec.get("templates") instanceof Keyed templates)) {
      return;
    }
    for (Map.Entry<String, Object> t : templates.entries().entrySet()) {
      String name = t.getKey();
      Map<String, Object> template = Canonicaliser.map(t.getValue(), "template");
      if (!"pod".equals(template.get("kind")) || !upstream.declared().containsKey(name)) {
        continue;
      }
      Map<String, Object> inputs = Canonicaliser.map(template.get("inputs"), "inputs");
      if (!(inputs.get("parameters") instanceof Keyed parameters)) {
        continue;
      }
      Set<String> global = upstream.globalTags().get(name);
      List<Map<String, Object>> calls = callsOf(name, spec);
      for (String input : new ArrayList<>(parameters.entries().keySet())) {
        if (upstream.declared().get(name).contains(input)) {
          continue;
        }
        Object value = Canonicaliser.map(parameters.entries().get(input), "parameter").get("value");
        boolean carried = isGlobalTag(value, global);
        if (!carried && !calls.isEmpty()) {
          carried = calls.stream().allMatch(call -> isGlobalTag(argument(call, input), global));
        }
        if (carried) {
          parameters.entries().remove(input);
          calls.forEach(call -> removeArgument(call, input));
        }
      }
      if (parameters.entries().isEmpty() && parameters.duplicates().isEmpty()) {
        inputs.remove("parameters");
        if (inputs.isEmpty()) {
          template.remove("inputs");
        }
      }
    }
  }

  private static boolean isGlobalTag(Object value, Set<String> global) {
    return value instanceof String s && Tags.isOneTag(s) && global.contains(Tags.normalise(s));
  }

  /** Every step, task and hook of the canonical spec that calls {@code template} by name. */
  private static List<Map<String, Object>> callsOf(String template, Map<String, Object> spec) {
    List<Map<String, Object>> calls = new ArrayList<>();
    if (spec.get("hooks") instanceof Keyed hooks) {
      hooks.entries().values().forEach(h -> addIfCalls(Canonicaliser.map(h, "hook"), template, calls));
    }
    if (!(spec.get("templates") instanceof Keyed templates)) {
      return calls;
    }
    for (Object t : templates.entries().values()) {
      Map<String, Object> caller = Canonicaliser.map(t, "template");
      List<Object> steps = new ArrayList<>();
      if (caller.get("steps") instanceof List<?> groups) {
        for (Object group : groups) {
          steps.addAll(((Keyed) group).entries().values());
        }
      }
      if (Canonicaliser.map(caller.get("dag"), "dag").get("tasks") instanceof Keyed tasks) {
        steps.addAll(tasks.entries().values());
      }
      for (Object s : steps) {
        Map<String, Object> step = Canonicaliser.map(s, "step");
        addIfCalls(step, template, calls);
        if (step.get("hooks") instanceof Keyed hooks) {
          hooks.entries().values().forEach(h -> addIfCalls(Canonicaliser.map(h, "hook"), template, calls));
        }
      }
    }
    return calls;
  }

  private static void addIfCalls(Map<String, Object> call, String template, List<Map<String, Object>> calls) {
    if (template.equals(call.get("template"))) {
      calls.add(call);
    }
  }

  private static Object argument(Map<String, Object> call, String input) {
    Map<String, Object> arguments = Canonicaliser.map(call.get("arguments"), "arguments");
    if (arguments.get("parameters") instanceof Keyed parameters && parameters.entries().get(input) != null) {
      return Canonicaliser.map(parameters.entries().get(input), "argument").get("value");
    }
    return null;
  }

  private static void removeArgument(Map<String, Object> call, String input) {
    Map<String, Object> arguments = Canonicaliser.map(call.get("arguments"), "arguments");
    if (arguments.get("parameters") instanceof Keyed parameters) {
      parameters.entries().remove(input);
      if (parameters.entries().isEmpty() && parameters.duplicates().isEmpty()) {
        arguments.remove("parameters");
      }
      if (arguments.isEmpty()) {
        call.remove("arguments");
      }
    }
  }

  private static Map<String, Object> spec(Map<String, Object> document) {
    Map<String, Object> spec = Canonicaliser.map(document.get("spec"), "spec");
    return spec.containsKey("workflowSpec") ? Canonicaliser.map(spec.get("workflowSpec"), "workflowSpec") : spec;
  }
}
