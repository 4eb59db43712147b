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
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;

/**
 * Argo's {@code examples/volumes-existing.yaml}: the existing claim {@code my-existing-volume}, mounted at
 * {@code /mnt/vol} as {@code workdir}; {@code generate} appends the time to its access log, then
 * {@code print} prints the log.
 */
@Workflow(name = "volumes-existing", entrypoint = "volumes-existing-example", style = Style.STEPS)
@Volume(name = "workdir", mountPath = "/mnt/vol", claim = "my-existing-volume")
public class VolumesExisting {
  static final Path LOG = Path.of("/mnt/vol/accesslog");

  /** Appends "accessed at: <time>" to the log and prints it. */
  @Template
  public static void appendToAccesslog() throws IOException {
    String line = "accessed at: " + ZonedDateTime.now();
    System.out.println(line);
    Files.writeString(LOG, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Prints the log. */
  @Template
  public static void printAccesslog() throws IOException {
    System.out.println("Volume access log:");
    System.out.print(Files.readString(LOG));
  }

  @Script @Call(template = "append-to-accesslog")
  static void generate() {}

  @Script(after = "generate") @Call(template = "print-accesslog")
  static void print() {}
}
