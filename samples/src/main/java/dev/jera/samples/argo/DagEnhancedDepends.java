package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-enhanced-depends.yaml}: the DAG {@code diamond} where C fails on purpose
 * and the other tasks run, or not, by the outcomes their {@code depends} name: should-execute-1,
 * -2 and -3 run, should-not-execute is Omitted. C's failure is one should-execute-1 expects
 * ({@code C.Failed}), so the workflow succeeds (Argo's {@code dag.go} fails a DAG only for a failure no
 * dependant handles).
 */
@Workflow(name = "dag-enhanced-depends", entrypoint = "diamond")
public class DagEnhancedDepends {
  /** Succeeds. */
  @Template
  public static void pass() {}

  /** Fails, as upstream's {@code exit 1}. */
  @Template
  public static void fail() {
    throw new IllegalStateException("exit 1");
  }

  @Script(name = "A") @Call(template = "pass")
  static void a() {}

  @Script(name = "B", depends = "A") @Call(template = "pass")
  static void b() {}

  @Script(name = "C", depends = "A") @Call(template = "fail")
  static void c() {}

  @Script(name = "should-execute-1", depends = "A && (C.Succeeded || C.Failed)") @Call(template = "pass")
  static void shouldExecute1() {}

  @Script(name = "should-execute-2", depends = "B || C") @Call(template = "pass")
  static void shouldExecute2() {}

  @Script(depends = "B && C") @Call(template = "pass")
  static void shouldNotExecute() {}

  @Script(name = "should-execute-3", depends = "should-execute-2.Succeeded || should-not-execute") @Call(template = "pass")
  static void shouldExecute3() {}
}
