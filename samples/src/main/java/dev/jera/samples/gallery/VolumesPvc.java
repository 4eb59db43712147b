package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * After Argo's {@code examples/volumes-pvc.yaml}: a 1Gi claim created for each run
 * ({@code volumeClaimTemplates}), mounted into every step; the first step writes a file on it and the
 * second reads it back. Needs Kubernetes to mount the claim, so it is compiled and checked here, and
 * its two steps are tested as plain methods on a folder.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (templates renamed to the steps). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-volumes-pvc", style = Style.STEPS)
@Volume(name = "workdir", mountPath = VolumesPvc.MOUNT, size = "1Gi")
public class VolumesPvc {
  static final String MOUNT = "/mnt/vol";

  @Script
  public static void generate() throws IOException {
    write(Path.of(MOUNT));
  }

  @Script(after = "generate")
  public static String print() throws IOException {
    return read(Path.of(MOUNT));
  }

  static void write(Path volume) throws IOException {
    Files.writeString(volume.resolve("hello_world.txt"), "hello world\n");
  }

  static String read(Path volume) throws IOException {
    return "found in volume: " + Files.readString(volume.resolve("hello_world.txt")).strip();
  }
}
