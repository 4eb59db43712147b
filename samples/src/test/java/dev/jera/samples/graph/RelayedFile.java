package dev.jera.samples.graph;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Graph;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file handed to a nested graph as its input file, and on to the graph's step that reads it. */
@Workflow(name = "relayed-file", entrypoint = "main", style = Style.STEPS)
public class RelayedFile {
  /** Leaves a file with a known text. */
  @Template
  @Output("art")
  public static Path make() throws IOException {
    Path file = Files.createTempFile("relayed", ".txt");
    Files.writeString(file, "relayed through a graph");
    return file;
  }

  /** The text of its input file. */
  @Template
  public static String read(Path art) throws IOException {
    return Files.readString(art);
  }

  /** Reads its input file in a step of its own. */
  @Graph(name = "relay", style = Style.STEPS)
  @Param(value = "art", type = Path.class)
  static class Relay {
    @Script(name = "read") @Call(template = "read")
    static void read(@Value("{{inputs.artifacts.art}}") Path art) {}
  }

  @Script(name = "make") @Call(template = "make")
  static void makeStep() {}

  @Script(name = "relay", after = "make") @Call(template = "relay")
  static void relay(@From(value = "make", output = "art") Path art) {}
}
