package dev.jera.samples.outputs;

import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Optional files ({@code Optional<Path>}, Argo's {@code optional: true}): a step that leaves none of its
 * optional output still succeeds, and a step reading it gets an empty {@code Optional}; one that leaves it
 * hands it over.
 */
@Workflow(name = "optional-files", style = Style.STEPS, image = "registry.example.com/outputs:1.0")
public class OptionalFiles {
  @Script
  @Output("file")
  public static Optional<Path> none() {
    return Optional.empty();
  }

  @Script
  @Output("file")
  public static Optional<Path> some() throws IOException {
    return Optional.of(Files.writeString(Files.createTempFile("some", ".txt"), "hello"));
  }

  @Script
  public static String readNone(@From(value = "none", output = "file") Optional<Path> file) throws IOException {
    return file.isPresent() ? Files.readString(file.get()) : "absent";
  }

  @Script
  public static String readSome(@From(value = "some", output = "file") Optional<Path> file) throws IOException {
    return file.isPresent() ? Files.readString(file.get()) : "absent";
  }
}
