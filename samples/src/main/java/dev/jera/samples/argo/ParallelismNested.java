package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/parallelism-nested.yaml}: the entry steps template {@code parallel-worker} runs a
 * {@code seq-worker} per element of {@code parallel-list}, all at once; each {@code seq-worker} (parallelism
 * 1) runs a ten-second {@code one-job} per element of {@code seq-list}, one after the other.
 */
@Workflow(name = "parallelism-nested", entrypoint = "parallel-worker", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=duration")
@Param(value = "seq-list", defaultValue = "[\"a\",\"b\",\"c\",\"d\"]\n")
@Param(value = "parallel-list", defaultValue = "[1,2,3,4]\n")
public class ParallelismNested {
  /** Prints its ids, then takes ten seconds. */
  @Template(name = "one-job")
  public static void oneJob(@Param("seq-id") String seqId, @Param("parallel-id") String parallelId)
      throws InterruptedException {
    System.out.println(parallelId + " " + seqId);
    Thread.sleep(10_000);
  }

  /** One seq-worker per element of parallel-list. */
  @Graph(name = "parallel-worker")
  @Param("seq-list")
  @Param("parallel-list")
  static class ParallelWorker {
    @Script(name = "parallel-worker", forEach = "parallel-list") @Call(template = "seq-worker")
    static void parallelWorker(@Value("{{inputs.parameters.seq-list}}") String seqList,
        @Value("{{item}}") String parallelId) {}
  }

  /** One job per element of seq-list, one at a time. */
  @Graph(name = "seq-worker", parallelism = 1)
  @Param("seq-list")
  @Param("parallel-id")
  static class SeqWorker {
    @Script(name = "seq-step", forEach = "seq-list") @Call(template = "one-job")
    static void seqStep(@Value("{{inputs.parameters.parallel-id}}") String parallelId, @Value("{{item}}") String seqId) {}
  }
}
