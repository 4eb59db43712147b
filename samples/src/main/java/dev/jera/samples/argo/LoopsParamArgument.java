package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/loops-param-argument.yaml}: the entry steps template takes the list {@code os-list}
 * (the workflow's argument of that name) and runs {@code cat-os-release} once per element, each a map of an
 * {@code image} and a {@code tag}; the template's annotation names each node in Argo's UI after its image.
 */
@Workflow(name = "loops-param-arg", entrypoint = "loop-param-arg-example", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment",
    annotations = "workflows.argoproj.io/no-test-resons=the code that checks images allowed to run in test runs before the actual\n"
        + "image value is applied. In this case it checks for the template variable\n"
        + "and it is not an allowed image\n")
@Param(value = "os-list", defaultValue = """
    [
      { "image": "debian", "tag": "9.1" },
      { "image": "debian", "tag": "8.9" },
      { "image": "alpine", "tag": "3.6" },
      { "image": "ubuntu", "tag": "17.10" }
    ]
    """)
public class LoopsParamArgument {
  /** Prints the image's OS release, as upstream's {@code cat /etc/os-release} in that image. */
  @Template(name = "cat-os-release", image = "{{inputs.parameters.image}}:{{inputs.parameters.tag}}",
      annotations = "workflows.argoproj.io/display-name=os-{{inputs.parameters.image}}-{{inputs.parameters.tag}}")
  public static void catOsRelease(String image, String tag) throws IOException {
    Path release = Path.of("/etc/os-release");
    System.out.print(Files.exists(release) ? Files.readString(release) : image + ":" + tag + "\n");
  }

  /** The entry: one cat-os-release per element of its input. */
  @Graph(name = "loop-param-arg-example")
  @Param("os-list")
  static class Example {
    @Script(name = "test-linux", forEach = "os-list") @Call(template = "cat-os-release")
    static void testLinux(@Value("{{item.image}}") String image, @Value("{{item.tag}}") String tag) {}
  }
}
