package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** An artifact: a file handed to or produced by a step, or passed as an argument {@code from} another. */
@JsonPropertyOrder({"name", "path", "from", "archive", "http", "git", "s3", "gcs"})
public record Artifact(
    String name, String path, String from, Archive archive, Http http, Git git, S3 s3, Gcs gcs) {

  /** A file a template finds at {@code path}, put there by the step that passes it. */
  public static Artifact at(String name, String path) {
    return new Artifact(name, path, null, null, null, null, null, null);
  }

  /** An argument: the file of another step's output. */
  public static Artifact from(String name, String from) {
    return new Artifact(name, null, from, null, null, null, null, null);
  }

  /** A file a template leaves at {@code path}, stored as {@code archive} says (Argo's default tar when null). */
  public static Artifact output(String name, String path, Archive archive) {
    return new Artifact(name, path, null, archive, null, null, null, null);
  }

  public static Artifact http(String name, String path, Http http) {
    return new Artifact(name, path, null, null, http, null, null, null);
  }

  public static Artifact git(String name, String path, Git git) {
    return new Artifact(name, path, null, null, null, git, null, null);
  }

  public static Artifact s3(String name, String path, S3 s3) {
    return new Artifact(name, path, null, null, null, null, s3, null);
  }

  public static Artifact gcs(String name, String path, Gcs gcs) {
    return new Artifact(name, path, null, null, null, null, null, gcs);
  }

  /** {@code archive}: exactly one strategy set. */
  @JsonPropertyOrder({"none", "tar", "zip"})
  public record Archive(Map<String, Object> none, Tar tar, Map<String, Object> zip) {
    /** The file as it is, not archived. */
    public static Archive unarchived() {
      return new Archive(Map.of(), null, null);
    }

    public static Archive zipped() {
      return new Archive(null, null, Map.of());
    }

    /** A tarball; Argo's default compression when {@code level} is null. */
    public static Archive tarred(Integer level) {
      return new Archive(null, new Tar(level), null);
    }
  }

  /** {@code tar}. */
  public record Tar(Integer compressionLevel) {}

  /** {@code http}. */
  public record Http(String url) {}

  /** {@code git}. */
  @JsonPropertyOrder({"repo", "revision", "depth", "usernameSecret", "passwordSecret", "sshPrivateKeySecret"})
  public record Git(
      String repo,
      String revision,
      Long depth,
      EnvVar.KeyRef usernameSecret,
      EnvVar.KeyRef passwordSecret,
      EnvVar.KeyRef sshPrivateKeySecret) {}

  /** {@code s3}. */
  @JsonPropertyOrder({"endpoint", "bucket", "region", "key", "accessKeySecret", "secretKeySecret"})
  public record S3(
      String endpoint, String bucket, String region, String key, EnvVar.KeyRef accessKeySecret, EnvVar.KeyRef secretKeySecret) {}

  /** {@code gcs}. */
  @JsonPropertyOrder({"bucket", "key", "serviceAccountKeySecret"})
  public record Gcs(String bucket, String key, EnvVar.KeyRef serviceAccountKeySecret) {}
}
