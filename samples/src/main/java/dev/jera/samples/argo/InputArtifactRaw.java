package dev.jera.samples.argo;

import dev.jera.Raw;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-raw.yaml}: the template {@code raw-contents} prints its input
 * file {@code myfile}, whose three lines are written in the manifest ({@code raw.data}).
 */
@Workflow(name = "input-artifact-raw", entrypoint = "raw-contents")
public class InputArtifactRaw {
  /** Prints the file, as upstream's {@code cat} does. */
  @Template
  public static void rawContents(@Raw("this is\nthe raw file\ncontents\n") Path myfile) throws IOException {
    System.out.print(Files.readString(myfile));
  }
}
