package dev.jera.samples.conformance;

import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;

/** A workflow whose steps succeed and whose exit handler fails. */
@Workflow(name = "conformance-exit-handler-fails", onExit = "announce")
public class ExitHandlerFails {

  @Script
  public static String work() {
    return "done";
  }

  @Script
  public static String announce(@Value("{{workflow.status}}") String status) {
    throw new IllegalStateException("cannot announce " + status);
  }
}
