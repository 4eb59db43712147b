package dev.jera.samples.conformance;

import dev.jera.Container;
import dev.jera.From;
import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/**
 * A fan-in of a container's text (the compiler warns about it): Argo parses each item's output as
 * JSON to build the list, so {@code hello a} errors the reader and the workflow, and no exit handler
 * runs ({@code operator.go:processAggregateNodeOutputs}, {@code operate}).
 */
@Workflow(name = "conformance-fan-in-of-text", onExit = "announce")
public class FanInOfText {

  @Script(items = {"a", "b"})
  @Container(image = "busybox:1.36", command = {"echo", "hello {{inputs.parameters.name}}"})
  public static String greet(@Item String name) {
    return null;
  }

  @Script
  public static int count(@From("greet") List<String> greetings) {
    return greetings.size();
  }

  @Script
  public static String announce() {
    return "ran";
  }
}
