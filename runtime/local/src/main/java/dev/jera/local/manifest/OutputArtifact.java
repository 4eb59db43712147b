package dev.jera.local.manifest;

/**
 * An output artifact of a pod template ({@code outputs.artifacts[]}). Locally the step leaves it at
 * {@code <artifacts root>/outputs/<name>}, whatever {@code path} says.
 *
 * @param name its name, such as {@code result}
 * @param path its {@code path} in the container
 * @param optional whether the step succeeds without it
 * @param destination where Argo stores it when the manifest says (a store and its location, credentials
 *     left out, as written, tags and all), or {@code null} for the artifact repository's default key;
 *     locally it stays in the run's record either way
 * @param repositoryKey for a location of only a key (of the artifact repository), the manifest field and
 *     the key as written, such as {@code s3:my-file}, which later steps of the run can read; else {@code null}
 * @param globalName {@code globalName}, or {@code null}
 */
public record OutputArtifact(
    String name, String path, boolean optional, String destination, String repositoryKey, String globalName) {
  /** One stored at the repository's default key. */
  public OutputArtifact(String name, String path, boolean optional) {
    this(name, path, optional, null, null, null);
  }
}
