package dev.jera.samples.gallery;

import dev.jera.Script;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * After Argo's {@code examples/volumes-emptydir.yaml}: scratch space that lives as long as the pod (an
 * {@code emptyDir}: a {@code @Volume} with nothing behind it), here used to sort words through a file.
 * Needs Kubernetes to mount it, so it is compiled and checked here, and the step's work is tested as a
 * plain method on a folder.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * (volume {@code workdir} → {@code scratch}, template name). The faithful ports, compared with the
 * upstream files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-volumes-emptydir")
public class VolumesEmptyDir {
  static final String MOUNT = "/mnt/vol";

  @Script
  @Volume(name = "scratch", mountPath = MOUNT)
  public static List<String> sortWords() throws IOException {
    return sortThroughFile(Path.of(MOUNT), "hello world from an empty dir");
  }

  static List<String> sortThroughFile(Path scratch, String text) throws IOException {
    Path words = scratch.resolve("words.txt");
    Files.write(words, List.of(text.toLowerCase(Locale.ROOT).split("\\s+")));
    return Files.readAllLines(words).stream().sorted().toList();
  }
}
