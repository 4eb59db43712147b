package dev.jera.samples.conformance;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;

/** {@code spec.parallelism}: at most two pods at once. */
@Workflow(name = "conformance-parallelism", parallelism = 2)
public class Parallelism {

  @Script(items = {"1", "2", "3", "4", "5"})
  public static int work(@Item int n) throws InterruptedException {
    Thread.sleep(200);
    return n;
  }
}
