package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/dag-enhanced-depends.yaml}: steps that run on how others ended, not only on
 * their success. A and B pass, C fails; {@code should-execute-1} runs once C is done either way,
 * {@code should-execute-2} when B or C succeeded, {@code should-not-execute} needs both and is Omitted,
 * and {@code should-execute-3} runs because its condition tolerates that. Each condition is checked at
 * compile time against the step names.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (parameter {@code c-fails} added; templates {@code pass}/{@code fail} split per step). The faithful
 * ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-dag-enhanced-depends")
@Param(value = "c-fails", defaultValue = "true", description = "whether step c fails, as in Argo's example")
public class EnhancedDepends {

  @Script
  public static void a() {}

  @Script(after = "a")
  public static void b() {}

  @Script(after = "a")
  public static void c(@Param("c-fails") boolean fails) {
    if (fails) {
      throw new IllegalStateException("c fails on purpose");
    }
  }

  @Script(name = "should-execute-1", depends = "a && (c.Succeeded || c.Failed)")
  public static void shouldExecute1() {}

  @Script(name = "should-execute-2", depends = "b || c")
  public static void shouldExecute2() {}

  @Script(name = "should-not-execute", depends = "b && c")
  public static void shouldNotExecute() {}

  @Script(name = "should-execute-3", depends = "should-execute-2.Succeeded || should-not-execute")
  public static void shouldExecute3() {}
}
