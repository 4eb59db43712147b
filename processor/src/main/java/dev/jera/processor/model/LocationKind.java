package dev.jera.processor.model;

import java.util.List;

/**
 * The annotations that say where a file (an Argo artifact) is: each one's manifest field, its attributes
 * by shape (text, {@code String[]}, boolean; a text attribute ending in {@code Secret} is a
 * {@code "secret/key"} credential), and the text attributes that may hold tags. One table, read by the
 * collector, the rules and the writer alike.
 */
public enum LocationKind {
  HTTP("http", "Http",
      List.of("value", "usernameSecret", "passwordSecret", "clientCertSecret", "clientKeySecret",
          "oauth2ClientIdSecret", "oauth2ClientSecretSecret", "oauth2TokenUrlSecret"),
      List.of("headers", "oauth2Scopes", "oauth2EndpointParams"), List.of()),
  GIT("git", "Git", List.of("repo", "revision", "usernameSecret", "passwordSecret", "sshPrivateKeySecret"), List.of(), List.of()),
  S3("s3", "S3", List.of("bucket", "key", "endpoint", "region", "accessKeySecret", "secretKeySecret"), List.of(), List.of("insecure")),
  GCS("gcs", "Gcs", List.of("bucket", "key", "serviceAccountKeySecret"), List.of(), List.of()),
  AZURE("azure", "Azure", List.of("endpoint", "container", "blob", "accountKeySecret"), List.of(), List.of("useSdkCreds")),
  OSS("oss", "Oss", List.of("endpoint", "bucket", "key", "accessKeySecret", "secretKeySecret"), List.of(), List.of()),
  HDFS("hdfs", "Hdfs", List.of("path", "user"), List.of("addresses"), List.of("force")),
  ARTIFACTORY("artifactory", "Artifactory", List.of("url", "usernameSecret", "passwordSecret"), List.of(), List.of()),
  RAW("raw", "Raw", List.of("value"), List.of(), List.of()),
  PLUGIN("plugin", "ArtifactPlugin", List.of("name", "configuration", "key"), List.of(), List.of());

  private final String field;
  private final String annotation;
  private final List<String> texts;
  private final List<String> lists;
  private final List<String> flags;

  LocationKind(String field, String annotation, List<String> texts, List<String> lists, List<String> flags) {
    this.field = field;
    this.annotation = annotation;
    this.texts = texts;
    this.lists = lists;
    this.flags = flags;
  }

  /** The artifact's field in the manifest ({@code s3}, {@code azure}, …), also the kind the index records. */
  public String field() {
    return field;
  }

  /** The annotation's simple name, for messages: {@code ArtifactPlugin}. */
  public String annotation() {
    return annotation;
  }

  public String qualifiedName() {
    return "dev.jera." + annotation;
  }

  /** The {@code String} attributes, credentials included. */
  public List<String> texts() {
    return texts;
  }

  /** The {@code String[]} attributes. */
  public List<String> lists() {
    return lists;
  }

  /** The {@code boolean} attributes, recorded only when written. */
  public List<String> flags() {
    return flags;
  }

  /** The kind whose manifest field (index kind) is {@code field}. */
  public static java.util.Optional<LocationKind> ofField(String field) {
    for (LocationKind kind : values()) {
      if (kind.field.equals(field)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }

  /** The kind of the annotation named {@code qualifiedName}. */
  public static java.util.Optional<LocationKind> ofAnnotation(String qualifiedName) {
    for (LocationKind kind : values()) {
      if (kind.qualifiedName().equals(qualifiedName)) {
        return java.util.Optional.of(kind);
      }
    }
    return java.util.Optional.empty();
  }
}
