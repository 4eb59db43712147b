package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.time.Duration;

/**
 * After Argo's {@code examples/dag-task-level-timeout.yaml}: three steps that each sleep, each with its own
 * {@code timeout}; the one whose timeout is shorter than its work is stopped and Failed, and fails the
 * workflow. Argo's steps sleep 15s with B limited to 10s; the numbers here are scaled down (2s of
 * work, B limited to 1s).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (B's
 * timeout 10s → 1s; timeout input dropped; parameter added). The faithful ports, compared with the
 * upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-dag-task-timeout")
@Param(value = "work", defaultValue = "PT2S", description = "how long each step works, as an ISO-8601 duration")
public class TaskTimeout {

  @Script(timeout = "20s")
  public static String a(@Param("work") Duration work) throws InterruptedException {
    return sleep("A", work);
  }

  @Script(after = "a", timeout = "1s")
  public static String b(@Param("work") Duration work) throws InterruptedException {
    return sleep("B", work);
  }

  @Script(after = "a", timeout = "20s")
  public static String c(@Param("work") Duration work) throws InterruptedException {
    return sleep("C", work);
  }

  static String sleep(String step, Duration work) throws InterruptedException {
    Thread.sleep(work.toMillis());
    return step + " slept " + work.toMillis() + "ms";
  }
}
