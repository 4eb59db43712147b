package dev.jera.local;

import dev.jera.local.launch.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local executor's own cost, measured by {@code bench/executor-overhead.sh} (not a test): a
 * 1,000-step fan-out and a 1,000-step chain of trivial in-process steps, and a chain of isolated
 * steps against bare JVM starts. Prints the median of several runs after a warm-up.
 */
public final class ExecutorBenchmark {
  private static final int STEPS = 1000;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path home = Files.createTempDirectory("jera-bench-");
    ScriptedRunner runner =
        new ScriptedRunner()
            .step("numbers", inputs -> numbers(STEPS))
            .step("work", inputs -> inputs.raw("n"))
            .returns("first", "0");
    String fanOut = TestRuns.workflow(
        "entrypoint: main\ntemplates:\n- name: main\n  dag:\n    tasks:\n"
            + "    - {name: numbers, template: numbers}\n"
            + "    - {name: work, template: work, depends: numbers, withParam: '{{tasks.numbers.outputs.result}}',"
            + " arguments: {parameters: [{name: n, value: '{{item}}'}]}}",
        TestRuns.script("numbers"), TestRuns.script("work", "n"));
    StringBuilder chainTasks = new StringBuilder("entrypoint: main\ntemplates:\n- name: main\n  dag:\n    tasks:\n");
    chainTasks.append("    - {name: s0, template: first}\n");
    for (int i = 1; i < STEPS; i++) {
      chainTasks.append("    - {name: s").append(i).append(", template: work, depends: s").append(i - 1)
          .append(", arguments: {parameters: [{name: n, value: '{{tasks.s").append(i - 1).append(".outputs.result}}'}]}}\n");
    }
    String chain = TestRuns.workflow(chainTasks.toString().stripTrailing(), TestRuns.script("first"), TestRuns.script("work", "n"));
    try {
      report("in-process fan-out of " + STEPS + " steps", fanOut, runner, home, runs);
      report("in-process chain of " + STEPS + " steps", chain, runner, home, runs);
    } finally {
      Folders.delete(home);
    }
  }

  private static void report(String what, String manifest, ScriptedRunner runner, Path home, int runs) {
    TestRuns.run(manifest, runner, home); // warm-up
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      RunReport report = TestRuns.run(manifest, runner, home);
      times.add(System.nanoTime() - start);
      if (report.phase() != Phase.SUCCEEDED) {
        throw new IllegalStateException(what + " ended " + report.phase());
      }
    }
    times.sort(null);
    long median = times.get(times.size() / 2);
    System.out.printf("%s: median %.3f s end to end, %.3f ms per step (%d runs)%n",
        what, median / 1e9, median / 1e6 / STEPS, runs);
  }

  private static String numbers(int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",").append(i);
    }
    return json.append(']').toString();
  }
}
