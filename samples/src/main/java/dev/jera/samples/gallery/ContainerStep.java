package dev.jera.samples.gallery;

import dev.jera.Container;
import dev.jera.From;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/scripts-bash.yaml}: a shell step prints a random number, and the next step reads
 * it as the first one's result. The shell step is a {@code @Container}: a non-Java tool (BusyBox's
 * {@code shuf}) in its own image; the method declares its inputs and result type, and its body never
 * runs. What the command prints is the result, decoded as the method's {@code int}.
 */
@Workflow(name = "gallery-container-step")
public class ContainerStep {

  @Script
  @Container(image = "busybox:1.36", command = {"shuf", "-i", "1-100", "-n", "1"})
  public static int generate() {
    return 0; // runs shuf in busybox
  }

  @Script
  public static String print(@From("generate") int number) {
    return "result was: " + number;
  }
}
