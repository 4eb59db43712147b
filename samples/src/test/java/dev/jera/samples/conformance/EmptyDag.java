package dev.jera.samples.conformance;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/** Argo's {@code test/e2e/functional/dag-empty-param.yaml}: a DAG task fanning out over an empty list. */
@Workflow(name = "conformance-empty-dag")
public class EmptyDag {

  @Script
  public static List<Integer> generate() {
    return List.of();
  }

  @Script(forEach = "generate")
  public static void sleep(@Item int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }
}
