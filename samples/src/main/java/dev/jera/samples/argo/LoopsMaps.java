package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/loops-maps.yaml}: the steps template {@code loop-map-example} runs
 * {@code test-linux} once per item, each a map of an {@code image} and a {@code tag}, which become the
 * inputs {@code image} and {@code tag} of the template {@code cat-os-release}, whose container runs that
 * image and prints its {@code /etc/os-release}.
 */
@Workflow(name = "loops-maps", entrypoint = "loop-map-example", style = Style.STEPS)
public class LoopsMaps {
  /** Prints the image's OS release, as upstream's {@code cat /etc/os-release} in that image. */
  @Template(name = "cat-os-release", image = "{{inputs.parameters.image}}:{{inputs.parameters.tag}}")
  public static void catOsRelease(String image, String tag) throws IOException {
    Path release = Path.of("/etc/os-release");
    System.out.print(Files.exists(release) ? Files.readString(release) : image + ":" + tag + "\n");
  }

  @Script(name = "test-linux", items = {
      "{\"image\": \"debian\", \"tag\": \"9.1\"}",
      "{\"image\": \"debian\", \"tag\": \"8.9\"}",
      "{\"image\": \"alpine\", \"tag\": \"3.6\"}",
      "{\"image\": \"ubuntu\", \"tag\": \"17.10\"}"})
  @Call(template = "cat-os-release")
  static void testLinux(@Value("{{item.image}}") String image, @Value("{{item.tag}}") String tag) {}
}
