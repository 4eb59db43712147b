package dev.jera.processor.diagnostic;

/** Messages about files (Argo artifacts) and where they come from. */
public final class ArtifactMessages {
  private ArtifactMessages() {}

  public static Message fileWithoutSource(String param, String method, String annotation) {
    return MessageId.FILE_WITHOUT_SOURCE.with(
        "parameter '" + param + "' of " + method + "() is a Path, a file, so @" + annotation
        + " cannot fill it; take it with @From from a script that returns a Path, or with @Http, @Git, @S3 or @Gcs");
  }

  public static Message locationOnNonPath(String annotation, String param, String method, String type) {
    return MessageId.LOCATION_ON_NON_PATH.with(
        "@" + annotation + " fills a file, so parameter '" + param + "' of " + method
        + "() must be a java.nio.file.Path, not " + type);
  }

  public static Message fileFanIn(String param, String method, String producer) {
    return MessageId.FILE_FAN_IN.with(
        "parameter '" + param + "' of " + method + "() takes the files of " + producer
        + "(), which fans out; Argo hands no list of files to a step, so return a value or write the files to a shared @Volume");
  }

  public static Message fileAsValue(String param, String method, String producer) {
    return MessageId.FILE_AS_VALUE.with(
        "script " + producer + "() returns a Path, a file; take it as a java.nio.file.Path, not as parameter '"
        + param + "' of " + method + "()");
  }

  public static Message archiveWithoutFile(String method) {
    return MessageId.ARCHIVE_WITHOUT_FILE.with(
        "@Archive on " + method + "() applies to a returned file, but it does not return a Path");
  }

  public static Message compressionLevel(int level) {
    return MessageId.COMPRESSION_LEVEL.with(
        "@Archive(compressionLevel = " + level + ") must be between 0 and 9, or -1 for Argo's default");
  }

  public static Message emptyLocation(String annotation, String attribute) {
    return MessageId.MISSING_LOCATION.with(
        "@" + annotation + "(" + attribute + ") is required");
  }

  public static Message invalidSecretRef(String attribute, String value) {
    return MessageId.INVALID_SECRET_REF.with(
        attribute + " = \"" + value + "\" is not of the form secret/key");
  }

  public static Message invalidUrl(String url) {
    return MessageId.INVALID_URL.with(
        "@Http(\"" + url + "\") is not an http:// or https:// URL");
  }

  public static Message keyOnlyWithLocation(String annotation) {
    return MessageId.KEY_ONLY_WITHOUT_BUCKET.with(
        "@" + annotation + " without a bucket reads the workflow's artifact repository, so it takes only key");
  }

  public static Message invalidArtifactRepository(String value) {
    return MessageId.INVALID_ARTIFACT_REPOSITORY.with(
        "@Workflow(artifactRepository = \"" + value + "\") is neither a key of the namespace's"
        + " artifact-repositories ConfigMap nor of the form configmap/key");
  }
}
