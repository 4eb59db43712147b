package dev.jera.samples.argo;

import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Argo's {@code examples/volumes-emptydir.yaml}: the template {@code volumes-emptydir-example} checks that
 * the empty-dir volume {@code workdir} is mounted at {@code /mnt/vol}, and fails when it is not.
 */
@Workflow(name = "volumes-emptydir", entrypoint = "volumes-emptydir-example")
@Volume(name = "workdir", mountPath = "/mnt/vol")
public class VolumesEmptydir {
  /** Looks for the mount in {@code /proc/mounts}, as upstream's {@code grep -q /mnt/vol /proc/mounts}. */
  @Template
  public static void volumesEmptydirExample() throws IOException {
    if (Files.readString(Path.of("/proc/mounts")).contains("/mnt/vol")) {
      System.out.println("Volume mounted and found");
    } else {
      System.out.println("Not found");
      throw new IllegalStateException("exit 1");
    }
  }
}
