package dev.jera.processor.diagnostic;

/** Messages about files (Argo artifacts) and where they come from. */
public final class ArtifactMessages {
  private ArtifactMessages() {}

  public static Message fileWithoutSource(String param, String method, String annotation) {
    return MessageId.FILE_WITHOUT_SOURCE.with(
        "parameter '" + param + "' of " + method + "() is a Path, a file, so @" + annotation
        + " cannot fill it; take it with @From from a script that returns a Path, or from a location: @Http, @Git, @S3, @Gcs,"
        + " @Azure, @Oss, @Hdfs, @Artifactory, @ArtifactPlugin or @Raw");
  }

  public static Message fileValueNotAReference(String param, String method, String value) {
    return MessageId.FILE_VALUE_NOT_A_REFERENCE.with(
        "parameter '" + param + "' of " + method + "() is a Path, a file, so its @Value must name one file with one tag,"
        + " not '" + value + "'; write \"{{workflow.outputs.artifacts.<global>}}\", \"{{inputs.artifacts.<input>}}\""
        + " or take another step's file with @From");
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

  public static Message invalidUrl(String annotation, String attribute, String url) {
    return MessageId.INVALID_URL.with(
        "@" + annotation + "(" + attribute + " = \"" + url + "\") is not an http:// or https:// URL");
  }

  public static Message undeclaredSecret(String annotation, String attribute, String written, String workflowClass,
      java.util.Optional<String> suggestion) {
    return MessageId.UNDECLARED_LOCATION_SECRET.with(
        "@" + annotation + "(" + attribute + " = \"" + written + "\") names a secret key that " + workflowClass
        + " does not declare" + suggestion.map(s -> "; did you mean '" + s + "'?").orElse(
            "; declare it with @Secret(name = \"" + written.substring(0, written.indexOf('/')) + "\", key = \""
            + written.substring(written.indexOf('/') + 1) + "\") on the class"));
  }

  public static Message relativeHdfsPath(String path) {
    return MessageId.RELATIVE_HDFS_PATH.with(
        "@Hdfs(path = \"" + path + "\") is not absolute; Argo needs an absolute HDFS path, such as \"/" + path + "\"");
  }

  public static Message invalidHeader(String header) {
    return MessageId.INVALID_HTTP_HEADER.with(
        "@Http header \"" + header + "\" is not of the form \"Name: value\" (a name of letters, digits and"
        + " !#$%&'*+-.^_`|~, a colon, a value on one line)");
  }

  public static Message invalidEndpointParam(String param) {
    return MessageId.INVALID_ENDPOINT_PARAM.with(
        "@Http(oauth2EndpointParams) entry \"" + param + "\" is not of the form key=value");
  }

  public static Message incompleteAuth(String given, String missing, String what) {
    return MessageId.INCOMPLETE_HTTP_AUTH.with(
        "@Http sets " + given + " but not " + missing + ", so Argo would fetch the file without " + what
        + "; set " + missing + " too");
  }

  public static Message twoAuths(String first, String second) {
    return MessageId.TWO_HTTP_AUTHS.with(
        "@Http sets both " + first + " and " + second + " authentication; Argo uses one per request, so keep one");
  }

  public static Message azureKeyWithSdkCreds() {
    return MessageId.AZURE_KEY_WITH_SDK_CREDS.with(
        "@Azure sets accountKeySecret and useSdkCreds = true, and Argo ignores the account key with SDK credentials;"
        + " keep one");
  }

  public static Message keyOnlyWithLocation(String annotation) {
    return MessageId.KEY_ONLY_WITHOUT_BUCKET.with(
        "@" + annotation + " without a bucket reads the workflow's artifact repository, so it takes only key;"
        + " give the bucket too, or leave the other attributes out");
  }

  public static Message invalidArtifactRepository(String value) {
    return MessageId.INVALID_ARTIFACT_REPOSITORY.with(
        "@Workflow(artifactRepository = \"" + value + "\") is neither a key of the namespace's"
        + " artifact-repositories ConfigMap nor of the form configmap/key");
  }

  public static Message outputLocationWithoutFile(String annotation, String method, String returns) {
    return MessageId.OUTPUT_LOCATION_WITHOUT_FILE.with(
        "@" + annotation + " on " + method + "() says where its returned file goes, but " + method + "() returns "
        + returns + ", not a java.nio.file.Path; return a Path, or put @" + annotation + " on a Path parameter to read a file");
  }

  public static Message outputLocationOnCall(String annotation, String method) {
    return MessageId.OUTPUT_LOCATION_WITHOUT_FILE.with(
        "@" + annotation + " on " + method + "() has no effect: " + method + "() calls a template defined elsewhere,"
        + " which decides where its files go; put @" + annotation + " on that template's method");
  }

  public static Message twoOutputLocations(String method, String first, String second) {
    return MessageId.TWO_OUTPUT_LOCATIONS.with(
        method + "() has both @" + first + " and @" + second + "; its returned file goes to one location, so keep one");
  }

  public static Message readsKeyTooEarly(String reader, String param, String annotation, String key, String writer, String step) {
    return MessageId.KEY_READ_TOO_EARLY.with(
        "parameter '" + param + "' of " + reader + "() reads @" + annotation + "(key = \"" + key + "\") of the artifact"
        + " repository, which " + writer + "() stores, but " + reader + "() does not run after " + writer + "(), so it may"
        + " start before the file is there; add after = \"" + step + "\" to its @Script");
  }

  public static Message subPathOnValue(String param, String method, String type) {
    return MessageId.SUB_PATH_ON_VALUE.with(
        "@From(subPath) on parameter '" + param + "' of " + method + "(), a " + type
        + ": only a file has parts; take the file as a java.nio.file.Path, or remove subPath");
  }

  public static Message invalidSubPath(String subPath, String problem) {
    return MessageId.INVALID_FILE_SUB_PATH.with("@From(subPath = \"" + subPath + "\") is not a path inside the file: " + problem);
  }

  public static Message componentLocationWithoutFile(String annotation, String component, String type) {
    return MessageId.OUTPUT_LOCATION_WITHOUT_FILE.with(
        "@" + annotation + " on component '" + component + "' says where a file goes, but it is a " + type
        + ", not a java.nio.file.Path; make the component a Path, or remove @" + annotation);
  }

  public static Message gcOnValue(String output, String method, String type) {
    return MessageId.GC_ON_VALUE.with(
        "@Output(gc) on output '" + output + "' of " + method + "(), a " + type
        + ": only files are stored and deleted; remove gc, or make the output a java.nio.file.Path");
  }

  public static Message gcUnsupportedStore(String output, String method, String annotation) {
    return MessageId.GC_UNSUPPORTED_STORE.with(
        "@Output(gc) on file '" + output + "' of " + method + "(), stored with @" + annotation
        + ": Argo cannot delete files from that store; store it with @S3, @Gcs, @Azure, @Oss, @ArtifactPlugin or in the"
        + " artifact repository, or remove gc");
  }

  public static Message componentNotArgumentFile(String component, String record, String type) {
    return MessageId.NOT_AN_ARGUMENT_FILE.with(
        "component '" + component + "' of the @Workflow record " + record + " is a " + type + " without a file location:"
        + " a workflow record's components are its argument files, each a java.nio.file.Path with @Http, @S3, @Raw, …;"
        + " declare workflow parameters with @Param on the record");
  }

  public static Message argumentFileWithoutTemplate(String file, String record) {
    return MessageId.UNUSED_ARGUMENT_FILE.with(
        "argument file '" + file + "' of " + record + " is given to the entrypoint template's input of that name, but "
        + record + " starts at its steps, which take no argument files; make @Workflow(entrypoint) a @Template with a"
        + " Path parameter '" + file + "'");
  }

  public static Message unusedArgumentFile(String file, String record, String template, java.util.Optional<String> suggestion) {
    return MessageId.UNUSED_ARGUMENT_FILE.with(
        "argument file '" + file + "' of " + record + " is given to the entrypoint template's input of that name, but "
        + template + "() has no Path parameter '" + file + "'" + Hints.suggest(suggestion));
  }
}
