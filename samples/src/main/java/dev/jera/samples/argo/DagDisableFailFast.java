package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/dag-disable-failFast.yaml}: in the DAG {@code statis} (failFast off), {@code A}
 * runs, then {@code B} (template {@code b}, retried twice) and {@code C} (template {@code c}, which always
 * fails, retried three times); with failFast off, {@code C}'s failure does not stop {@code B}'s branch,
 * so {@code D} and then {@code E} run, and the workflow fails once they have.
 */
@Workflow(name = "dag-primay-branch", entrypoint = "statis")
@Graph(failFast = Graph.FailFast.OFF)
public class DagDisableFailFast {
  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template
  public static void a() {
    System.out.println("hello world");
  }

  /** Sleeps, then prints, as upstream's {@code sleep 30; echo haha}. */
  @Template @Retry(limit = 2)
  public static void b() throws InterruptedException {
    Thread.sleep(30_000);
    System.out.println("haha");
  }

  /** Fails, as upstream's {@code echo intentional failure; exit 2}. */
  @Template @Retry(limit = 3)
  public static void c() {
    System.out.println("intentional failure");
    System.exit(2);
  }

  /** Prints {@code hello world}, as upstream's {@code echo}. */
  @Template
  public static void d() {
    System.out.println("hello world");
  }

  @Script(name = "A") @Call(template = "a")
  static void stepA() {}

  @Script(name = "B", depends = "A") @Call(template = "b")
  static void stepB() {}

  @Script(name = "C", depends = "A") @Call(template = "c")
  static void stepC() {}

  @Script(name = "D", depends = "B") @Call(template = "d")
  static void stepD() {}

  @Script(name = "E", depends = "D") @Call(template = "d")
  static void stepE() {}
}
