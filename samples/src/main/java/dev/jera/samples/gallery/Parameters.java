package dev.jera.samples.gallery;

import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.Collections;
import java.util.Locale;

/**
 * After Argo's {@code examples/arguments-parameters.yaml} and {@code examples/global-parameters.yaml}:
 * workflow parameters with defaults, overridden at submission ({@code argo submit -p message=goodbye}).
 * {@code tone} only accepts its {@code allowed} values (Argo's {@code enum}, a drop-down in the UI), and
 * {@code times} is decoded into an {@code int}, so a default that is not a number is a compile error.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file (two
 * examples merged; parameters {@code tone}, {@code times} added). The faithful ports, compared with the
 * upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-parameters")
@Param(value = "message", defaultValue = "hello world", description = "what to say")
@Param(value = "tone", defaultValue = "plain", allowed = {"plain", "loud", "quiet"}, description = "how to say it")
@Param(value = "times", defaultValue = "1", description = "how many times to say it")
public class Parameters {

  @Script
  public static String say(@Param("message") String message, @Param("tone") String tone, @Param("times") int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times);
    }
    String said = switch (tone) {
      case "loud" -> message.toUpperCase(Locale.ROOT) + "!";
      case "quiet" -> "(" + message.toLowerCase(Locale.ROOT) + ")";
      default -> message;
    };
    return String.join(" ", Collections.nCopies(times, said));
  }
}
