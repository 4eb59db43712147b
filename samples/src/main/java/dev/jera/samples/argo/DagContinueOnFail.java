package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-continue-on-fail.yaml}: in the DAG {@code workflow}, B and E fail on
 * purpose; D runs because B failed and C succeeded, G never does (E failed), so the workflow fails.
 */
@Workflow(name = "dag-contiue-on-fail", entrypoint = "workflow")
public class DagContinueOnFail {
  /** Prints "hello world". */
  @Template
  public static void helloWorld() {
    System.out.println("hello world");
  }

  /** Prints "intentional failure" and fails. */
  @Template
  public static void intentionalFail() {
    System.out.println("intentional failure");
    throw new IllegalStateException("intentional failure");
  }

  @Script(name = "A") @Call(template = "hello-world")
  static void a() {}

  @Script(name = "B", after = "A") @Call(template = "intentional-fail")
  static void b() {}

  @Script(name = "C", after = "A") @Call(template = "hello-world")
  static void c() {}

  @Script(name = "D", depends = "B.Failed && C") @Call(template = "hello-world")
  static void d() {}

  @Script(name = "E", after = "A") @Call(template = "intentional-fail")
  static void e() {}

  @Script(name = "F", after = "A") @Call(template = "hello-world")
  static void f() {}

  @Script(name = "G", after = {"E", "F"}) @Call(template = "hello-world")
  static void g() {}
}
