package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Argo's {@code examples/volumes-pvc.yaml}: a 1Gi claim {@code workdir} created for the run and mounted
 * at {@code /mnt/vol}; {@code generate} writes "hello world" into it, then {@code print} reads it back.
 */
@Workflow(name = "volumes-pvc", entrypoint = "volumes-pvc-example", style = Style.STEPS)
@Volume(name = "workdir", mountPath = "/mnt/vol", size = "1Gi")
public class VolumesPvc {
  static final Path VOLUME = Path.of("/mnt/vol");

  /** Writes "hello world" to the volume. */
  @Template
  public static void helloWorldToFile() throws IOException {
    System.out.println("generating message in volume");
    Files.writeString(VOLUME.resolve("hello_world.txt"), "hello world\n");
    System.out.println("hello world");
  }

  /** Lists the volume and prints the message. */
  @Template
  public static void printMessageFromFile() throws IOException {
    System.out.println("getting message from volume");
    try (Stream<Path> files = Files.walk(VOLUME)) {
      files.sorted().forEach(System.out::println);
    }
    System.out.print(Files.readString(VOLUME.resolve("hello_world.txt")));
  }

  @Script @Call(template = "hello-world-to-file")
  static void generate() {}

  @Script(after = "generate") @Call(template = "print-message-from-file")
  static void print() {}
}
