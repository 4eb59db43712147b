package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/loops-sequence.yaml}: five steps in one group, each running {@code echo} once
 * per number of a sequence: a count, a start and end, a start and a count from the workflow parameter
 * {@code count}, a countdown, and a count printed through a format.
 */
@Workflow(name = "loops-sequence", entrypoint = "loops-sequence", style = Style.STEPS)
@Param(value = "count", defaultValue = "3")
public class LoopsSequence {
  /** Prints its input. */
  @Template
  public static void echo(String msg) {
    System.out.println(msg);
  }

  @Script @Sequence(count = "5") @Call(template = "echo")
  static void sequenceCount(@Item String msg) {}

  @Script @Sequence(start = "100", end = "105") @Call(template = "echo")
  static void sequenceStartEnd(@Item String msg) {}

  @Script @Sequence(start = "200", count = "{{workflow.parameters.count}}") @Call(template = "echo")
  static void sequenceParam(@Item String msg) {}

  @Script @Sequence(start = "5", end = "0") @Call(template = "echo")
  static void sequenceNegative(@Item String msg) {}

  @Script @Sequence(count = "5", format = "testuser%02X") @Call(template = "echo")
  static void sequenceFormat(@Item String msg) {}
}
