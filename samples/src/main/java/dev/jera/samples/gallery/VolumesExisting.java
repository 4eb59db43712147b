package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * After Argo's {@code examples/volumes-existing.yaml}: an existing PersistentVolumeClaim,
 * {@code my-existing-volume}, that outlives the workflow: each run appends a line to an access log on it,
 * then prints the whole log, every earlier run's line included. Needs Kubernetes and the claim, so it
 * is compiled and checked here, and its steps are tested as plain methods on a folder.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (steps {@code generate}/{@code print} renamed to their templates). The faithful ports, compared with
 * the upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-volumes-existing", style = Style.STEPS)
@Volume(name = "workdir", mountPath = VolumesExisting.MOUNT, claim = "my-existing-volume")
public class VolumesExisting {
  static final String MOUNT = "/mnt/vol";

  @Script
  public static void appendToAccesslog(@Value("{{workflow.name}}") String run) throws IOException {
    append(Path.of(MOUNT), run);
  }

  @Script(after = "append-to-accesslog")
  public static List<String> printAccesslog() throws IOException {
    return Files.readAllLines(Path.of(MOUNT, "accesslog"));
  }

  static void append(Path volume, String run) throws IOException {
    Files.writeString(volume.resolve("accesslog"), "accessed by " + run + "\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
