package dev.jera.samples.gallery;

import dev.jera.Raw;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/input-artifact-raw.yaml}: an input file whose content is written in the
 * manifest ({@code raw.data}), placed before the step starts. Needs nothing outside, so it runs locally.
 */
@Workflow(name = "gallery-input-artifact-raw")
public class InputArtifactRaw {

  @Script
  public static String rawContents(@Raw("this is\nthe raw file\ncontents\n") Path myfile) throws IOException {
    return Files.readString(myfile);
  }
}
