package dev.jera.samples.gallery;

import dev.jera.Raw;
import dev.jera.Script;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/input-artifact-raw.yaml}: an input file whose content is written in the
 * manifest ({@code raw.data}), placed before the step starts. Needs nothing outside, so it runs locally.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (artifact {@code myfile} holds the text, template name, {@code main}).
 * The faithful ports, compared with the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-input-artifact-raw")
public class InputArtifactRaw {

  @Script
  public static String rawContents(@Raw("this is\nthe raw file\ncontents\n") Path myfile) throws IOException {
    return Files.readString(myfile);
  }
}
