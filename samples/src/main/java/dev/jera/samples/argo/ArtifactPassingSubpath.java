package dev.jera.samples.argo;

import dev.jera.Archive;
import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Argo's {@code examples/artifact-passing-subpath.yaml}: the steps template {@code artifact-example} runs
 * {@code generate-artifact}, whose template {@code hello-world-to-file} leaves the folder {@code hello-art}
 * (not archived); {@code list-artifact} is given the whole folder as its input artifact {@code message} and
 * lists it, {@code consume-artifact} only its file {@code hello_world.txt} ({@code subPath}) and prints it.
 */
@Workflow(name = "artifact-passing-subpath", entrypoint = "artifact-example", style = Style.STEPS)
public class ArtifactPassingSubpath {
  /** Writes {@code hello world} into {@code hello_world.txt} of a folder, as upstream's {@code tee /tmp/hello_world.txt} into {@code /tmp/}. */
  @Template(name = "hello-world-to-file")
  @Output("hello-art")
  @Archive(Archive.Format.NONE)
  public static Path helloWorldToFile() throws IOException, InterruptedException {
    Thread.sleep(1000);
    System.out.println("hello world");
    Path folder = Files.createTempDirectory("tmp");
    Files.writeString(folder.resolve("hello_world.txt"), "hello world\n");
    return folder;
  }

  /** Lists the folder, as upstream's {@code ls /tmp/message}. */
  @Template(name = "print-message-dir")
  public static void printMessageDir(Path message) throws IOException {
    try (Stream<Path> files = Files.list(message)) {
      files.map(file -> file.getFileName().toString()).sorted().forEach(System.out::println);
    }
  }

  /** Prints the file, as upstream's {@code cat /tmp/message}. */
  @Template(name = "print-message-from-file")
  public static void printMessageFromFile(Path message) throws IOException {
    System.out.print(Files.readString(message));
  }

  @Script(name = "generate-artifact") @Call(template = "hello-world-to-file")
  static void generateArtifact() {}

  @Script(name = "list-artifact") @Call(template = "print-message-dir")
  static void listArtifact(@From(value = "generate-artifact", output = "hello-art") Path message) {}

  @Script(name = "consume-artifact", after = "list-artifact") @Call(template = "print-message-from-file")
  static void consumeArtifact(@From(value = "generate-artifact", output = "hello-art", subPath = "hello_world.txt") Path message) {}
}
