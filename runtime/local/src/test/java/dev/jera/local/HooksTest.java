package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.local.manifest.ManifestException;
import dev.jera.local.manifest.ManifestReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lifecycle hooks as Argo's {@code exit_handler.go}, {@code steps.go} and {@code dag.go} run them: a step's or
 * task's {@code hooks.exit} (or older {@code onExit}) after it completes, before what comes after it; the
 * workflow's {@code hooks.exit} as its exit handler.
 */
class HooksTest {
  @TempDir Path home;

  private static final String STEPS = workflow("""
      entrypoint: main
      arguments:
        parameters:
        - name: who
          value: world
      templates:
      - name: main
        steps:
        - - name: first
            template: work
            hooks:
              exit:
                template: cleanup
                arguments:
                  parameters:
                  - name: status
                    value: "{{steps.first.status}}"
        - - name: second
            template: work
            onExit: greet
        - - name: skipped
            template: work
            when: "1 == 2"
            hooks:
              exit:
                template: greet
      """, script("work"), script("cleanup", "status"), script("greet", "who"));

  @Test
  void aStepsHookRunsAfterItsStepAndTheNextGroupWaitsForIt() {
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          Thread.sleep(50);
          return "done";
        })
        .step("cleanup", in -> {
          Thread.sleep(300);
          return "cleaned after " + in.raw("status");
        })
        .step("greet", in -> "hello " + in.raw("who"));

    RunReport report = TestRuns.run(STEPS, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().keySet())
        .containsExactly("first", "second", "skipped", "first.onExit", "second.onExit", "skipped.onExit").inOrder();
    StepReport hook = report.steps().get("first.onExit");
    assertThat(hook.result()).isEqualTo("cleaned after Succeeded");
    assertThat(report.steps().get("second").startedAt()).isAtLeast(hook.finishedAt());
    // The older onExit calls its template with the workflow's arguments.
    assertThat(report.steps().get("second.onExit").result()).isEqualTo("hello world");
    // A skipped step has not completed: no hook.
    assertThat(report.steps().get("skipped.onExit").phase()).isNull();
    NodeReport first = report.node("first");
    NodeReport hookNode = report.node("first.onExit");
    assertThat(hookNode.hooked()).isTrue();
    assertThat(first.children()).contains(hookNode.id());
  }

  @Test
  void aFailedStepsHookRunsAndAFailedHookChangesNoPhase() {
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          throw new IllegalStateException("broken");
        })
        .step("cleanup", in -> {
          throw new IllegalStateException("cleanup broken too");
        })
        .step("greet", in -> "hello");

    RunReport report = TestRuns.run(STEPS, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("first").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("first.onExit").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("second").phase()).isNull();
  }

  @Test
  void aHookThatFailsLeavesTheWorkflowSucceeded() {
    ScriptedRunner runner = new ScriptedRunner()
        .returns("work", "done")
        .step("cleanup", in -> {
          throw new IllegalStateException("cleanup broken");
        })
        .returns("greet", "hi");

    RunReport report = TestRuns.run(STEPS, runner, home);

    assertThat(report.steps().get("first.onExit").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
  }

  @Test
  void aDagTasksDependentsWaitForItsHookWhichReadsItsOutputs() {
    String dag = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: work
              hooks:
                exit:
                  template: cleanup
                  arguments:
                    parameters:
                    - name: status
                      value: "{{tasks.a.status}}"
            - name: b
              template: work
              depends: a
        """, script("work"), script("cleanup", "status"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("work", "done")
        .step("cleanup", in -> {
          Thread.sleep(300);
          return in.raw("status");
        });

    RunReport report = TestRuns.run(dag, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("a.onExit").result()).isEqualTo("Succeeded");
    assertThat(report.steps().get("b").startedAt()).isAtLeast(report.steps().get("a.onExit").finishedAt());
    assertThat(report.node("a").children()).contains(report.node("a.onExit").id());
  }

  @Test
  void theWorkflowsExitHookIsItsExitHandlerWithItsOwnArguments() {
    String manifest = workflow("""
        entrypoint: main
        hooks:
          exit:
            template: announce
            arguments:
              parameters:
              - name: status
                value: "{{workflow.status}}"
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: work
        """, script("work"), script("announce", "status"));
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          throw new IllegalStateException("broken");
        })
        .step("announce", in -> "the workflow " + in.raw("status"));

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("announce").result()).isEqualTo("the workflow Failed");
    assertThat(report.node(report.workflowName() + ".onExit").hooked()).isTrue();
  }

  @Test
  void aDagTasksHookOtherThanExitIsRefusedBeforeTheRun() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: first
              template: work
              hooks:
                running:
                  expression: tasks.first.status == "Running"
                  template: work
        """, script("work"));

    ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(manifest, "test"));

    assertThat(refused).hasMessageThat().isEqualTo("test: spec.templates[0].dag.tasks[0].hooks.running: a DAG task's hook"
        + " other than 'exit' runs when its expression holds, which is not run locally (a step's is)");
  }

  /** The node named {@code name} (its full name), or {@code null}. */
  private static NodeReport named(RunReport report, String name) {
    return report.nodes().stream().filter(node -> node.name().equals(name)).findFirst().orElse(null);
  }

  /** Upstream's life-cycle-hooks-tmpl-level, with script templates: hooks on a step's Running and Succeeded. */
  private static final String STEP_HOOKS = workflow("""
      entrypoint: main
      templates:
      - name: main
        steps:
        - - name: step-1
            hooks:
              running:
                expression: steps["step-1"].status == "Running"
                template: note
              success:
                expression: steps["step-1"].status == "Succeeded"
                template: note
              failure:
                expression: steps["step-1"].status == "Failed"
                template: note
            template: work
        - - name: step2
            hooks:
              running:
                expression: steps.step2.status == "Running"
                template: note
            template: work
      """, script("work"), script("note"));

  @Test
  void aStepsHooksRunOnceEachWhenTheirExpressionsHold() {
    java.util.concurrent.atomic.AtomicInteger notes = new java.util.concurrent.atomic.AtomicInteger();
    ScriptedRunner runner = new ScriptedRunner()
        .step("work", in -> {
          Thread.sleep(100);
          return "worked";
        })
        .step("note", in -> "note " + notes.incrementAndGet());

    RunReport report = TestRuns.run(STEP_HOOKS, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String root = report.workflowName();
    NodeReport running = named(report, root + "[0].step-1.hooks.running");
    NodeReport success = named(report, root + "[0].step-1.hooks.success");
    assertThat(running).isNotNull();
    assertThat(running.hooked()).isTrue();
    assertThat(running.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(success.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(named(report, root + "[0].step-1.hooks.failure")).isNull();
    assertThat(named(report, root + "[1].step2.hooks.running").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(notes.get()).isEqualTo(3);
    // steps.go: the next group waits for the hooks its steps started.
    assertThat(named(report, root + "[1]").startedAt()).isAtLeast(success.finishedAt());
    assertThat(named(report, root + "[0].step-1").children()).containsAtLeast(running.id(), success.id());
  }

  @Test
  void theWorkflowsHooksRunWhenTheirExpressionsHoldAndTheRunWaitsForThem() {
    String manifest = workflow("""
        entrypoint: main
        hooks:
          exit:
            template: note
          running:
            expression: workflow.status == "Running"
            template: slow-note
          never:
            expression: workflow.status == "Succeeded"
            template: note
        templates:
        - name: main
          steps:
          - - name: step1
              template: work
        """, script("work"), script("note"), script("slow-note"));
    ScriptedRunner runner = new ScriptedRunner()
        .returns("work", "worked")
        .returns("note", "noted")
        .step("slow-note", in -> {
          Thread.sleep(300);
          return "noted slowly";
        });

    RunReport report = TestRuns.run(manifest, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    String root = report.workflowName();
    NodeReport running = report.node(root + ".hooks.running");
    assertThat(running.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(running.hooked()).isTrue();
    // While the workflow runs its status is Running, never Succeeded: that hook never runs (hooks.go).
    assertThat(report.node(root + ".hooks.never")).isNull();
    // The exit handler starts once the hooks that started have ended (operator.go: hookCompleted).
    assertThat(report.node(root + ".onExit").startedAt()).isAtLeast(running.finishedAt());
  }

  @Test
  void aHookWithoutAnExpressionIsRefused() {
    String manifest = workflow("""
        entrypoint: main
        hooks:
          running:
            template: work
        templates:
        - name: main
          steps:
          - - name: step1
              template: work
        """, script("work"));

    ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(manifest, "test"));

    assertThat(refused).hasMessageThat().isEqualTo("test: spec.hooks.running: Expression required for hook running");
  }

  @Test
  void aHookCallingNoTemplateIsRefused() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: a
              template: work
              hooks:
                exit:
                  template: gone
        """, script("work"));

    ManifestException refused = assertThrows(ManifestException.class, () -> ManifestReader.read(manifest, "test"));

    assertThat(refused).hasMessageThat().isEqualTo("test: task 'a': its exit hook calls 'gone': there is no template 'gone'");
  }
}
