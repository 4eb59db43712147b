package dev.jera.samples.gallery;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/loops-sequence.yaml}: five loops over number sequences
 * ({@code withSequence}), all in one group of parallel steps: a count, a start/end range, a count taken
 * from a workflow parameter, a range that counts down, and a printf format.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * ({@code echo} called five times → five templates; input {@code msg} → {@code n}; {@code main}). The
 * faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-loops-sequence", style = Style.STEPS)
@Param(value = "count", defaultValue = "3", description = "how many numbers sequence-param takes")
public class LoopsSequence {

  @Script
  @Sequence(count = "5")
  public static int sequenceCount(@Item int n) {
    return n;
  }

  @Script
  @Sequence(start = "100", end = "105")
  public static int sequenceStartEnd(@Item int n) {
    return n;
  }

  @Script
  @Sequence(start = "200", count = "{{workflow.parameters.count}}")
  public static int sequenceParam(@Item int n) {
    return n;
  }

  @Script
  @Sequence(start = "5", end = "0")
  public static int sequenceNegative(@Item int n) {
    return n;
  }

  @Script
  @Sequence(count = "5", format = "testuser%02X")
  public static String sequenceFormat(@Item String user) {
    return user;
  }
}
