package dev.jera.local.engine;

import dev.jera.argo.expr.WhenExpression;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.jera.argo.go.GoJson;
import dev.jera.argo.go.GoJsonSyntax;
import dev.jera.local.LocalRun;
import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.ManifestTemplate;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a DAG task and a step share on their way to a pod, as Argo's {@code dag.go} and {@code steps.go}
 * do it: {@code when} ({@code shouldExecute}), the expansion of {@code withItems}, {@code withParam} and
 * {@code withSequence} into items ({@code expandTask}, {@code expandStep}), the nodes of calls that run
 * nothing, and the call of the task's template itself: a stub's node, or a {@link PodRun}.
 */
final class TaskCalls {
  private final RunContext run;

  TaskCalls(RunContext run) {
    this.run = run;
  }

  /** Argo's {@code shouldExecute} on a substituted {@code when}: an absent or empty one holds. */
  static boolean holds(String when) {
    return when == null || when.isEmpty() || WhenExpression.parse(when).evaluate();
  }

  /** The message of a node skipped by its {@code when}. */
  static String whenFalse(String when) {
    return "when '" + when + "' evaluated false";
  }

  /**
   * The items a looping task expands into: its {@code withItems}, its substituted {@code withParam}
   * parsed as a JSON list, or its {@code withSequence}. A {@code withParam} or sequence that cannot be
   * expanded is an error only when the task would run: its {@code when} holds or cannot be evaluated.
   *
   * @param param the task's {@code withParam} after substitution, for a {@code withParam} loop
   * @param when the task's {@code when} after substitution, or {@code null}
   * @throws CallProblem with Argo's message
   */
  static List<LoopItem> items(Task task, String param, String when, Variables scope) {
    List<String> raw;
    if (task.withItems() != null) {
      raw = task.withItems();
    } else if (task.withSequence() != null) {
      try {
        raw = SequenceItems.expand(task.withSequence(), scope);
      } catch (IllegalArgumentException e) {
        if (mustRun(when)) {
          throw new CallProblem(e.getMessage());
        }
        raw = List.of();
      }
    } else {
      String problem = listProblem(param);
      if (problem != null) {
        if (mustRun(when)) {
          throw new CallProblem("withParam value could not be parsed as a JSON list: " + param.strip() + ": " + problem);
        }
        raw = List.of();
      } else {
        raw = GoJson.elements(param);
      }
    }
    List<LoopItem> items = new ArrayList<>();
    for (int index = 0; index < raw.size(); index++) {
      items.add(new LoopItem(index, raw.get(index)));
    }
    return items;
  }

  /** Whether a task whose items cannot be had would run: its {@code when} holds or is not valid. */
  private static boolean mustRun(String when) {
    try {
      return holds(when);
    } catch (RuntimeException e) {
      return true;
    }
  }

  /** Why {@code text} is not what Go unmarshals into a list of items, or {@code null} when it is. */
  private static String listProblem(String text) {
    String syntax = GoJsonSyntax.error(text);
    if (syntax != null) {
      return syntax;
    }
    String trimmed = text.strip();
    char first = trimmed.charAt(0);
    if (first == '[' || trimmed.equals("null")) {
      return null;
    }
    String kind = first == '{' ? "object" : first == '"' ? "string"
        : trimmed.equals("true") || trimmed.equals("false") ? "bool" : "number";
    return "json: cannot unmarshal " + kind + " into Go value of type []v1alpha1.Item";
  }

  /** The scope of one item: {@code {{item}}} and, for an object, {@code {{item.<key>}}}. */
  static Variables itemScope(Variables scope, LoopItem item) {
    Map<String, String> values = new LinkedHashMap<>(item.fields());
    values.put("item", item.text());
    return scope.with(values);
  }

  /**
   * A node for a call that runs nothing ({@code NodeTypeSkipped}): its {@code when} was false
   * (Skipped), its {@code depends} not met (Omitted), its loop empty, or it could not start (Error).
   */
  Node skipped(String nodeName, Task task, Node boundary, Phase phase, String message) {
    Node node = run.tree.create(nodeName, NodeType.SKIPPED, task.templateName(), boundary, phase, message);
    // Argo's addSkippedNodeOutputsToScope: a declared default is the output's value for every reader;
    // without one the output is an absent optional.
    PodTemplate template = run.manifest.templateOf(task);
    if (template != null) {
      Map<String, String> defaults = new LinkedHashMap<>();
      template.outputParameters().forEach(output ->
          defaults.put(output.name(), output.defaultValue() != null ? output.defaultValue() : Variables.ABSENT));
      node.parameters = defaults;
    }
    return node;
  }

  /**
   * The node of a task {@link LocalRun#stub stubbed} by a test, succeeded with its stub at once (for a
   * task that fans out, the list of its items' results), or {@code null} when it is not stubbed.
   */
  Node stub(Task task, String nodeName, Node boundary) {
    String stub = run.stubs.get(task.name());
    if (stub == null) {
      return null;
    }
    PodTemplate template = run.manifest.templateOf(task);
    NodeType type = template != null && template.http() != null ? NodeType.HTTP : NodeType.POD;
    Node node = run.tree.create(nodeName, type, task.templateName(), boundary, null, null);
    if (template != null && template.resource() != null) {
      // A resource template has no result; its stub is a JSON object of its output parameters (LocalRun checked it).
      node.parameters = stubbedOutputs(template, stub);
      stub = "";
    }
    node.result = stub;
    node.exitCode = 0;
    node.folder = run.recorder.stepFolder(task.name());
    run.recorder.result(node.folder, stub);
    return node.mark(Phase.SUCCEEDED, null);
  }

  private static Map<String, String> stubbedOutputs(PodTemplate template, String stub) {
    Map<String, String> outputs = new LinkedHashMap<>();
    JsonNode given;
    try {
      given = stub.isEmpty() ? JsonNodeFactory.instance.objectNode() : STUB_JSON.readTree(stub);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a resource step's stub is not the JSON object LocalRun made", e);
    }
    template.outputParameters().forEach(output -> outputs.put(output.name(),
        given.has(output.name()) ? given.get(output.name()).asText() : output.defaultValue()));
    return outputs;
  }

  private static final ObjectMapper STUB_JSON = new ObjectMapper();

  /**
   * Calls {@code task}'s template at {@code nodeName}: its pod is prepared and queued.
   *
   * @param arguments the task's argument parameters, substituted
   * @param scope the variables of the call's scope, for inputs' own values and artifacts
   * @param created called with the call's node as soon as it exists
   * @param onDone called once that node is fulfilled, or when it will never exist
   * @throws CallProblem when Argo would end the call in Error before its pod
   */
  void call(Task task, String nodeName, String label, Node boundary, Path folder, Map<String, String> arguments,
      Variables scope, boolean hooked, boolean resultCaptured, Consumer<Node> created, Runnable onDone,
      BooleanSupplier stopped) {
    ManifestTemplate graph = run.manifest.graphOf(task);
    if (graph != null) {
      run.nested.start(graph, nodeName, boundary, folder, arguments, NestedFlows.inputFiles(graph.graphInputFiles(), task, scope),
          run, created, onDone);
      return;
    }
    PodTemplate template = run.manifest.templateOf(task);
    if (template != null && template.suspend() != null) {
      new SuspendRun(run, task, template, nodeName, label, boundary, folder, hooked, created, onDone)
          .begin(SuspendRun.inputs(template, arguments, scope), scope);
      return;
    }
    ScriptCall call = ScriptCall.prepare(task, template, arguments, scope, run);
    new PodRun(run, nodeName, label, boundary, folder, call, hooked, resultCaptured, created, onDone, stopped).begin();
  }
}
