package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** An artifact: a file handed to or produced by a step, or passed as an argument {@code from} another. */
@JsonPropertyOrder({"name", "path", "from", "archive", "http", "git", "s3", "gcs"})
public record Artifact(
    String name, String path, String from, Archive archive, Http http, Git git, S3 s3, Gcs gcs) {

  public static Artifact at(String name, String path) {
    return new Artifact(name, path, null, null, null, null, null, null);
  }

  public static Artifact from(String name, String from) {
    return new Artifact(name, null, from, null, null, null, null, null);
  }

  /** {@code archive}: exactly one strategy set. */
  @JsonPropertyOrder({"none", "tar", "zip"})
  public record Archive(Map<String, Object> none, Tar tar, Map<String, Object> zip) {}

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
