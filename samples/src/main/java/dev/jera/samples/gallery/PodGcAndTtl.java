package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.PodGC;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/pod-gc-strategy.yaml}, {@code examples/gc-ttl.yaml} and
 * {@code examples/timeouts-workflow.yaml} in one: a step that fails and one that succeeds, side by
 * side. Pods are deleted as soon as they succeed, so only the failed one stays for inspection
 * ({@code podGC: OnPodSuccess}); the whole workflow is stopped after 30 seconds
 * ({@code activeDeadlineSeconds}) and deleted one hour after it ends ({@code ttlStrategy}).
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (three merged; deleteDelayDuration, ttl success/failure and a whole graph dropped). The faithful ports,
 * compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-pod-gc-ttl", deadline = "30s", ttl = "1h", podGC = PodGC.ON_POD_SUCCESS)
@Param(value = "fail", defaultValue = "true", description = "whether the 'fail' step fails, to see its pod kept")
public class PodGcAndTtl {

  @Script
  public static void fail(@Param("fail") boolean fail) {
    if (fail) {
      throw new IllegalStateException("failing on purpose: this pod is kept");
    }
  }

  @Script
  public static void succeed() {
    System.out.println("done: this pod is deleted");
  }
}
