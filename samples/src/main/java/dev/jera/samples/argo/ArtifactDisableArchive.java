package dev.jera.samples.argo;

import dev.jera.Archive;
import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Argo's {@code examples/artifact-disable-archive.yaml}: the steps template {@code artifact-disable-archive}
 * runs {@code generate-artifact}, whose template {@code hello-world-to-file} leaves three output artifacts,
 * {@code etc} (a folder) and {@code hello-txt} stored as they are, {@code hello-txt-nc} as a tarball without
 * compression, then {@code consume-artifact}, which is given the three as its input artifacts of the same
 * names and prints them.
 */
@Workflow(name = "artifact-disable-archive", entrypoint = "artifact-disable-archive", style = Style.STEPS)
public class ArtifactDisableArchive {
  /** The three files of {@code hello-world-to-file}. */
  public record Files3(
      @Output("etc") @Archive(Archive.Format.NONE) Path etc,
      @Output("hello-txt") @Archive(Archive.Format.NONE) Path helloTxt,
      @Output("hello-txt-nc") @Archive(value = Archive.Format.TAR, compressionLevel = 0) Path helloTxtNc) {}

  /**
   * Leaves a folder and two files, as upstream's {@code echo hello world | tee /tmp/hello_world.txt | tee
   * /tmp/hello_world_nc.txt} with {@code /etc} as the folder.
   */
  @Template(name = "hello-world-to-file")
  public static Files3 helloWorldToFile() throws IOException, InterruptedException {
    Path etc = Files.createTempDirectory("etc");
    Files.writeString(etc.resolve("hostname"), "jera\n");
    Path hello = HelloWorldFile.write();
    Path helloNc = Files.writeString(Files.createTempFile("hello_world_nc", ".txt"), "hello world\n");
    Thread.sleep(1000);
    return new Files3(etc, hello, helloNc);
  }

  /** Prints the two files and lists the folder, as upstream's {@code cat … && cd /tmp/etc && find .}. */
  @Template(name = "print-message-from-files")
  public static void printMessageFromFiles(
      Path etc, @Param("hello-txt") Path helloTxt, @Param("hello-txt-nc") Path helloTxtNc) throws IOException {
    System.out.print(Files.readString(helloTxt));
    System.out.print(Files.readString(helloTxtNc));
    try (Stream<Path> files = Files.walk(etc)) {
      files.forEach(file -> System.out.println("./" + etc.relativize(file)));
    }
  }

  @Script(name = "generate-artifact") @Call(template = "hello-world-to-file")
  static void generateArtifact() {}

  @Script(name = "consume-artifact") @Call(template = "print-message-from-files")
  static void consumeArtifact(
      @From(value = "generate-artifact", output = "etc") Path etc,
      @From(value = "generate-artifact", output = "hello-txt") Path helloTxt,
      @From(value = "generate-artifact", output = "hello-txt-nc") Path helloTxtNc) {}
}
