package dev.jera.samples.gallery;

import dev.jera.Container;
import dev.jera.Env;
import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/scripts-bash.yaml}: a shell step prints a random number, and the next step reads
 * it as the first one's result. The shell step is a {@code @Container}: a non-Java tool (BusyBox's
 * {@code shuf}) in its own image; the method declares its inputs and result type, and its body never
 * runs. What the command prints is the result, decoded as the method's {@code int}.
 *
 * <p>Argo's {@code print-message} writes {@code echo result was: {{inputs.parameters.message}}} into the
 * text {@code sh -c} runs, so a value such as {@code $(rm -rf ~)} would run as a command. Here the values
 * reach the shell as data, in environment variables ({@code @Env}), and the script quotes them
 * ({@code "$NUMBER"}); the compiler warns about the other way.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (templates renamed to the steps; input {@code message} → {@code number}). The faithful ports, compared
 * with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-container-step")
@Param(value = "label", defaultValue = "result was")
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

  @Script
  @Container(image = "busybox:1.36", command = {"sh", "-c"}, args = {"echo \"$LABEL: $NUMBER\""})
  @Env(name = "LABEL", value = "{{inputs.parameters.label}}")
  @Env(name = "NUMBER", value = "{{inputs.parameters.number}}")
  public static String printMessage(@Param("label") String label, @From("generate") int number) {
    return null; // runs sh in busybox
  }
}
