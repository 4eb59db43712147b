package dev.jera.local.engine;

import dev.jera.local.NodeType;
import dev.jera.local.Phase;
import dev.jera.local.manifest.InputParameter;
import dev.jera.local.manifest.OutputParameter;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.SuspendSettings;
import dev.jera.local.manifest.Task;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A step that calls a {@code suspend} template, as Argo's {@code operator.go:executeSuspend} runs it: a
 * {@code Suspend} node that waits, Running, for its {@code duration} (whole seconds or a Go duration), then
 * Succeeds with each supplied output at its default ({@code OverrideOutputParametersWithDefault}: one without a
 * default ends the node in Error, "raw output parameter '…' has not been set and does not have a default value");
 * or, with no duration, until it is resumed. One machine has no one to resume it later: the run resumes it as
 * soon as it is reached when asked to ({@code LocalRun.resume}, {@code jera run --resume}), with the values given
 * for its outputs (the others at their defaults), and the run is refused before it starts when nothing would
 * ({@link SuspendSteps}). Past the workflow's deadline it fails as Argo fails an active suspend node.
 */
final class SuspendRun {
  private final RunContext run;
  private final Task task;
  private final PodTemplate template;
  private final String nodeName;
  private final String label;
  private final Node boundary;
  private final Path folder;
  private final boolean hooked;
  private final Consumer<Node> created;
  private final Runnable onDone;
  private Node node;

  SuspendRun(RunContext run, Task task, PodTemplate template, String nodeName, String label, Node boundary, Path folder,
      boolean hooked, Consumer<Node> created, Runnable onDone) {
    this.run = run;
    this.task = task;
    this.template = template;
    this.nodeName = nodeName;
    this.label = label;
    this.boundary = boundary;
    this.folder = folder;
    this.hooked = hooked;
    this.created = created;
    this.onDone = onDone;
  }

  /**
   * The template's inputs ({@code ProcessArgs}): each argument, else the input's own value, else its default.
   *
   * @throws CallProblem "inputs.parameters.X was not supplied" for an input without any
   */
  static Map<String, String> inputs(PodTemplate template, Map<String, String> arguments, Variables scope) {
    Map<String, String> inputs = new LinkedHashMap<>();
    for (InputParameter input : template.inputs()) {
      String value = arguments.containsKey(input.name()) ? arguments.get(input.name())
          : input.value() != null ? scope.substitute(input.value()) : input.defaultValue();
      if (value == null) {
        throw new CallProblem("inputs.parameters." + input.name() + " was not supplied");
      }
      inputs.put(input.name(), value);
    }
    return inputs;
  }

  /** Creates the Running node and waits: for the resume asked for, for its duration, or for the deadline. */
  void begin(Map<String, String> inputs, Variables scope) {
    node = run.tree.create(nodeName, NodeType.SUSPEND, template.name(), boundary, null, null);
    node.hooked = hooked;
    node.folder = folder;
    created.accept(node);
    Map<String, String> resume = run.resumes.get(task.name());
    SuspendSettings settings = template.suspend();
    if (resume != null) {
      run.listener.stepNote(label, "suspended, and resumed at once as the run was asked to"
          + (resume.isEmpty() ? "" : " (" + String.join(", ", resume.keySet()) + " supplied)"));
      end(resume);
      return;
    }
    if (settings.indefinite()) {
      // SuspendSteps refuses such a run before it starts; a step it cannot see (a hook's) ends here.
      fail(Phase.ERROR, "suspended until resumed, and nothing resumes this local run");
      return;
    }
    Duration wait;
    try {
      String written = scope.with(prefixed(inputs)).substitute(settings.duration());
      wait = SuspendSettings.parse(written);
    } catch (IllegalArgumentException | Variables.SubstitutionException e) {
      fail(Phase.ERROR, e.getMessage());
      return;
    }
    run.listener.stepNote(label, "suspended for " + wait.toSeconds() + "s, as its template says");
    Duration untilDeadline = run.deadline.remaining();
    if (untilDeadline != null && untilDeadline.compareTo(wait) < 0) {
      run.coordinator.later(untilDeadline, () -> {
        if (!interrupted()) {
          run.deadline.reached();
          fail(Phase.FAILED, WorkflowDeadline.STEP_EXCEEDED);
        }
      });
      return;
    }
    run.coordinator.later(wait, () -> {
      if (!interrupted()) {
        end(Map.of());
      }
    });
  }

  private static Map<String, String> prefixed(Map<String, String> inputs) {
    Map<String, String> variables = new LinkedHashMap<>();
    inputs.forEach((name, value) -> variables.put("inputs.parameters." + name, value));
    return variables;
  }

  /** Whether the run was interrupted while it waited: then it fails, as an interrupted pod does. */
  private boolean interrupted() {
    if (run.coordinator.interrupted()) {
      fail(Phase.FAILED, PodRun.INTERRUPTED);
      return true;
    }
    return false;
  }

  /** The suspend ends: its outputs are the values supplied, else their defaults. */
  private void end(Map<String, String> supplied) {
    Map<String, String> outputs = new LinkedHashMap<>();
    for (OutputParameter output : template.outputParameters()) {
      String value = supplied.containsKey(output.name()) ? supplied.get(output.name()) : output.defaultValue();
      if (value == null) {
        fail(Phase.ERROR, "raw output parameter '" + output.name() + "' has not been set and does not have a default value");
        return;
      }
      outputs.put(output.name(), value);
      if (output.globalName() != null) {
        run.globalOutputs.put("workflow.outputs.parameters." + output.globalName(), value);
      }
    }
    node.parameters = outputs;
    node.mark(Phase.SUCCEEDED, null);
    onDone.run();
  }

  private void fail(Phase phase, String message) {
    node.mark(phase, message);
    onDone.run();
  }
}
