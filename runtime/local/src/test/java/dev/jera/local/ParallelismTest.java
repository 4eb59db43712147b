package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;

import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.MachineLimit;
import dev.jera.local.launch.StepLaunch;
import dev.jera.local.launch.StepLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workflow parallelism, and its override, bound the steps running at once; without an override, steps
 * that run as processes are also held to what the machine fits.
 */
class ParallelismTest {
  @TempDir Path home;

  private static final String EIGHT_ITEMS = workflow("""
      entrypoint: main
      parallelism: 2
      templates:
      - name: main
        dag:
          tasks:
          - name: work
            template: work
            arguments:
              parameters:
              - name: n
                value: "{{item}}"
            withItems: [1, 2, 3, 4, 5, 6, 7, 8]
          - name: alone
            template: alone
      """, script("work", "n"), script("alone"));

  private static ScriptedRunner sleepy() {
    return new ScriptedRunner()
        .step("work", in -> {
          Thread.sleep(30);
          return in.raw("n");
        })
        .step("alone", in -> {
          Thread.sleep(30);
          return "alone";
        });
  }

  @Test
  void theManifestsParallelismBoundsRunningSteps() {
    ScriptedRunner runner = sleepy();

    RunReport report = TestRuns.run(EIGHT_ITEMS, runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(runner.mostRunningAtOnce()).isEqualTo(2);
    assertThat(report.steps().get("work").result()).isEqualTo("[1,2,3,4,5,6,7,8]");
  }

  @Test
  void anOverrideReplacesIt() {
    ScriptedRunner runner = sleepy();

    TestRuns.run(EIGHT_ITEMS, runner, home, request -> request.parallelism(3));

    assertThat(runner.mostRunningAtOnce()).isEqualTo(3);
  }

  @Test
  void oneAtATimeRunsEverythingInTurn() {
    ScriptedRunner runner = sleepy();

    RunReport report = TestRuns.run(EIGHT_ITEMS, runner, home, request -> request.parallelism(1));

    assertThat(runner.mostRunningAtOnce()).isEqualTo(1);
    assertThat(report.steps().get("work").children()).hasSize(8);
  }

  /** A fan-out of {@code count} items of a script. */
  private static String fanOut(int count) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      items.append(i == 1 ? "" : ", ").append(i);
    }
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          dag:
            tasks:
            - name: work
              template: work
              arguments:
                parameters:
                - name: n
                  value: "{{item}}"
              withItems: [%s]
        """.formatted(items), script("work", "n"));
  }

  /**
   * Runs each step as a process would, counting how many run at once; each waits until {@code together}
   * run (five seconds at most), so that as many as may run at once do.
   */
  private static final class CountingLauncher implements StepLauncher {
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();
    private final CyclicBarrier together;

    CountingLauncher(int together) {
      this.together = new CyclicBarrier(together);
    }

    @Override
    public AttemptOutcome launch(StepLaunch launch) throws InterruptedException {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        together.await(5, TimeUnit.SECONDS);
        return AttemptOutcome.succeeded("done");
      } catch (BrokenBarrierException | TimeoutException e) {
        return AttemptOutcome.error("fewer ran together than expected");
      } finally {
        running.decrementAndGet();
      }
    }
  }

  @Test
  void stepsThatRunAsProcessesAreHeldToWhatTheMachineFits() {
    int machine = MachineLimit.processSteps();
    CountingLauncher processes = new CountingLauncher(machine);
    List<Integer> shown = new ArrayList<>();

    RunReport report = TestRuns.run(fanOut(2 * machine), new ScriptedRunner(), home, request -> request
        .launcher(processes)
        .isolated(true)
        .listener(new RunListener() {
          @Override
          public void runStarted(RunInfo run) {
            shown.add(run.parallelism());
          }
        }));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(processes.most.get()).isEqualTo(machine);
    assertThat(shown).containsExactly(machine);
  }

  @Test
  void anOverrideLiftsTheMachinesLimit() {
    int machine = MachineLimit.processSteps();
    CountingLauncher processes = new CountingLauncher(2 * machine);

    RunReport report = TestRuns.run(fanOut(2 * machine), new ScriptedRunner(), home,
        request -> request.launcher(processes).parallelism(2 * machine));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(processes.most.get()).isEqualTo(2 * machine);
  }

  @Test
  void stepsInThisJvmAreNotHeldToIt() {
    int machine = MachineLimit.processSteps();
    CountDownLatch all = new CountDownLatch(2 * machine);
    ScriptedRunner runner = new ScriptedRunner().step("work", in -> {
      all.countDown();
      // Every item must be running at once for the latch to open.
      return all.await(10, TimeUnit.SECONDS) ? "met" : "alone";
    });

    RunReport report = TestRuns.run(fanOut(2 * machine), runner, home);

    assertThat(report.steps().get("work").children().stream().map(StepReport::result).distinct().toList())
        .containsExactly("met");
  }
}
