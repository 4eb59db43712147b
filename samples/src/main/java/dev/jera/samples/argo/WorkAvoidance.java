package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Output;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Argo's {@code examples/work-avoidance.yaml}: a claim {@code work} created for the run holds marker files
 * of the work done. {@code load-markers} restores them from the optional input artifact {@code markers}
 * (absent on the first run: the step runs without it), {@code echo} runs three times ({@code withSequence})
 * and skips work its marker says is done, and the exit handler {@code save-markers} stores the markers
 * for the next run.
 */
@Workflow(name = "work-avoidance", entrypoint = "main", style = Style.STEPS, onExit = "save-markers")
@Volume(name = "work", mountPath = "/work", size = "10Mi")
public class WorkAvoidance {
  static final Path MARKERS = Path.of("/work/markers");

  /**
   * Makes the folder of markers on the claim, with the markers an earlier run stored when there are any
   * (upstream's input lands at {@code /work/markers} itself; here it is copied there).
   */
  @Template(name = "load-markers")
  public static void loadMarkers(
      @S3(key = "work-avoidance-markers", bucket = "my-bucket", endpoint = "minio:9000", insecure = true,
          accessKeySecret = "my-minio-cred/accesskey", secretKeySecret = "my-minio-cred/secretkey")
      Optional<Path> markers) throws IOException {
    Files.createDirectories(MARKERS);
    if (markers.isPresent()) {
      try (Stream<Path> files = Files.list(markers.get())) {
        for (Path file : files.toList()) {
          Files.copy(file, MARKERS.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Does the work of {@code num} unless its marker of today says it is done; fails half the time, as upstream's. */
  @Template
  public static void echo(int num) throws IOException {
    Path marker = MARKERS.resolve(LocalDate.now() + "-echo-" + num);
    if (Files.exists(marker)) {
      System.out.println("work already done");
      return;
    }
    System.out.println("working very hard");
    if (ThreadLocalRandom.current().nextBoolean()) {
      System.out.println("oh no!");
      System.exit(1);
    }
    Files.createFile(marker);
  }

  /** Leaves the folder of markers on the claim as the output artifact {@code markers}. */
  @Template(name = "save-markers")
  @Output("markers")
  @S3(key = "work-avoidance-markers", bucket = "my-bucket", endpoint = "minio:9000", insecure = true,
      accessKeySecret = "my-minio-cred/accesskey", secretKeySecret = "my-minio-cred/secretkey")
  public static Path saveMarkers() {
    return MARKERS;
  }

  @Script(name = "load-markers") @Call(template = "load-markers")
  static void loadMarkersStep() {}

  @Script(name = "echo", after = "load-markers") @Sequence(count = "3") @Call(template = "echo")
  static void echoStep(@Item int num) {}
}
