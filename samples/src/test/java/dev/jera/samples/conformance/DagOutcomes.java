package dev.jera.samples.conformance;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Phases, messages and links of DAG nodes (Argo's {@code workflow/controller/dag.go}): a diamond whose
 * branch {@code c} fails, the enhanced-depends cases of {@code test/e2e/functional/dag-depends.yaml}
 * on that failure, a handled failure, and a {@code when} that skips.
 */
@Workflow(name = "conformance-dag-outcomes")
@Param(value = "coin", defaultValue = "tails")
public class DagOutcomes {

  @Script
  public static int a() {
    return 1;
  }

  @Script
  public static int b(@From("a") int a) {
    return a + 1;
  }

  @Script(after = "a")
  public static int c() {
    throw new IllegalStateException("c fails on purpose");
  }

  @Script
  public static int d(@From("b") int b, @From("c") int c) {
    return b + c;
  }

  @Script(name = "should-execute-1", depends = "a && (c.Succeeded || c.Failed)")
  public static String shouldExecute1() {
    return "ran";
  }

  @Script(name = "should-execute-2", depends = "a || c")
  public static String shouldExecute2() {
    return "ran";
  }

  @Script(name = "should-not-execute", depends = "a && c")
  public static String shouldNotExecute() {
    return "ran";
  }

  @Script(name = "should-execute-3", depends = "should-execute-2.Succeeded || should-not-execute")
  public static String shouldExecute3() {
    return "ran";
  }

  @Script(depends = "c.Failed")
  public static String handled() {
    return "cleaned up after c";
  }

  @Script
  public static String flip(@Param("coin") String coin) {
    return coin;
  }

  @Script(when = "{{tasks.flip.outputs.result}} == heads")
  public static String heads() {
    return "heads";
  }

  @Script(name = "after-heads", depends = "heads")
  public static String afterHeads() {
    return "ran";
  }

  @Script(name = "only-if-heads", depends = "heads.Succeeded")
  public static String onlyIfHeads() {
    return "ran";
  }
}
