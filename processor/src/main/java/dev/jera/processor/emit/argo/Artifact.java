package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An artifact: a file handed to or produced by a step, or passed as an argument {@code from} another.
 * At most one location ({@code http} … {@code plugin}) is set.
 */
public record Artifact(
    String name,
    String path,
    String from,
    Archive archive,
    Http http,
    Git git,
    S3 s3,
    Gcs gcs,
    Azure azure,
    Oss oss,
    Hdfs hdfs,
    Artifactory artifactory,
    Raw raw,
    Plugin plugin,
    String globalName,
    String subPath,
    Boolean optional,
    ArtifactGC artifactGC) implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("name", name);
    each.accept("path", path);
    each.accept("from", from);
    each.accept("subPath", subPath);
    each.accept("optional", optional);
    each.accept("globalName", globalName);
    each.accept("archive", archive);
    each.accept("artifactGC", artifactGC);
    each.accept("http", http);
    each.accept("git", git);
    each.accept("s3", s3);
    each.accept("gcs", gcs);
    each.accept("azure", azure);
    each.accept("oss", oss);
    each.accept("hdfs", hdfs);
    each.accept("artifactory", artifactory);
    each.accept("raw", raw);
    each.accept("plugin", plugin);
  }

  /** The artifact with only its name, path, origin, archive, location and global name set. */
  private Artifact(String name, String path, String from, Archive archive, Http http, Git git, S3 s3, Gcs gcs, Azure azure,
      Oss oss, Hdfs hdfs, Artifactory artifactory, Raw raw, Plugin plugin, String globalName) {
    this(name, path, from, archive, http, git, s3, gcs, azure, oss, hdfs, artifactory, raw, plugin, globalName, null, null, null);
  }

  /** A file a template finds at {@code path}, put there by the step that passes it. */
  public static Artifact at(String name, String path) {
    return new Artifact(name, path, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** An argument: the file of another step's output. */
  public static Artifact from(String name, String from) {
    return new Artifact(name, null, from, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A file a template leaves at {@code path}, stored as {@code archive} says (Argo's default tar when null). */
  public static Artifact output(String name, String path, Archive archive) {
    return new Artifact(name, path, null, archive, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A file a template leaves at {@code path}, archived as {@code archive} says and stored at {@code location}. */
  public static Artifact output(String name, String path, Archive archive, Object location) {
    Artifact located = located(name, path, location);
    return new Artifact(name, path, null, archive, located.http, located.git, located.s3, located.gcs, located.azure,
        located.oss, located.hdfs, located.artifactory, located.raw, located.plugin, null);
  }

  /** A file at {@code path} in the container, from (or to) {@code location}: one of the location records below. */
  public static Artifact located(String name, String path, Object location) {
    return new Artifact(name, path, null, null,
        as(location, Http.class), as(location, Git.class), as(location, S3.class), as(location, Gcs.class),
        as(location, Azure.class), as(location, Oss.class), as(location, Hdfs.class), as(location, Artifactory.class),
        as(location, Raw.class), as(location, Plugin.class), null);
  }

  /** The same artifact, also the workflow's global output {@code name} ({@code null}: none). */
  public Artifact withGlobalName(String name) {
    return new Artifact(this.name, path, from, archive, http, git, s3, gcs, azure, oss, hdfs, artifactory, raw, plugin, name,
        subPath, optional, artifactGC);
  }

  /** The same argument, handing over only {@code subPath} of the file ({@code null}: the whole). */
  public Artifact withSubPath(String subPath) {
    return new Artifact(name, path, from, archive, http, git, s3, gcs, azure, oss, hdfs, artifactory, raw, plugin, globalName,
        subPath, optional, artifactGC);
  }

  /** The same artifact, which the step does without when it is missing ({@code optional: true}); false writes nothing. */
  public Artifact withOptional(boolean optional) {
    return new Artifact(name, path, from, archive, http, git, s3, gcs, azure, oss, hdfs, artifactory, raw, plugin, globalName,
        subPath, optional ? Boolean.TRUE : null, artifactGC);
  }

  /** The same artifact, deleted from its store as {@code strategy} says ({@code null}: the workflow's strategy). */
  public Artifact withGc(String strategy) {
    return new Artifact(name, path, from, archive, http, git, s3, gcs, azure, oss, hdfs, artifactory, raw, plugin, globalName,
        subPath, optional, strategy == null ? null : new ArtifactGC(strategy));
  }

  /** {@code artifactGC}: when Argo deletes the stored file. */
  public record ArtifactGC(String strategy) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("strategy", strategy);
    }
  }

  private static <T> T as(Object location, Class<T> type) {
    return type.isInstance(location) ? type.cast(location) : null;
  }

  /** {@code archive}: exactly one strategy set. */
  public record Archive(Map<String, Object> none, Tar tar, Map<String, Object> zip) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("none", none);
      each.accept("tar", tar);
      each.accept("zip", zip);
    }

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
  public record Tar(Integer compressionLevel) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("compressionLevel", compressionLevel);
    }
  }

  /** {@code http}: headers and authentication only when set. */
  public record Http(String url, List<Header> headers, HttpAuth auth) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("url", url);
      each.accept("headers", headers);
      each.accept("auth", auth);
    }
  }

  /** {@code http.headers[]}. */
  public record Header(String name, String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("value", value);
    }
  }

  /** {@code http.auth}: one kind set. */
  public record HttpAuth(BasicAuth basicAuth, ClientCertAuth clientCert, OAuth2Auth oauth2) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("basicAuth", basicAuth);
      each.accept("clientCert", clientCert);
      each.accept("oauth2", oauth2);
    }
  }

  /** {@code http.auth.basicAuth}. */
  public record BasicAuth(EnvVar.KeyRef usernameSecret, EnvVar.KeyRef passwordSecret) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("usernameSecret", usernameSecret);
      each.accept("passwordSecret", passwordSecret);
    }
  }

  /** {@code http.auth.clientCert}. */
  public record ClientCertAuth(EnvVar.KeyRef clientCertSecret, EnvVar.KeyRef clientKeySecret) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("clientCertSecret", clientCertSecret);
      each.accept("clientKeySecret", clientKeySecret);
    }
  }

  /** {@code http.auth.oauth2}. */
  public record OAuth2Auth(
      EnvVar.KeyRef clientIdSecret,
      EnvVar.KeyRef clientSecretSecret,
      EnvVar.KeyRef tokenUrlSecret,
      List<String> scopes,
      List<EndpointParam> endpointParams) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("clientIDSecret", clientIdSecret);
      each.accept("clientSecretSecret", clientSecretSecret);
      each.accept("tokenURLSecret", tokenUrlSecret);
      each.accept("scopes", scopes);
      each.accept("endpointParams", endpointParams);
    }
  }

  /** {@code http.auth.oauth2.endpointParams[]}. */
  public record EndpointParam(String key, String value) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("key", key);
      each.accept("value", value);
    }
  }

  /** {@code git}. */
  public record Git(
      String repo,
      String revision,
      Long depth,
      EnvVar.KeyRef usernameSecret,
      EnvVar.KeyRef passwordSecret,
      EnvVar.KeyRef sshPrivateKeySecret) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("repo", repo);
      each.accept("revision", revision);
      each.accept("depth", depth);
      each.accept("usernameSecret", usernameSecret);
      each.accept("passwordSecret", passwordSecret);
      each.accept("sshPrivateKeySecret", sshPrivateKeySecret);
    }
  }

  /** {@code s3}; {@code insecure} only when written. */
  public record S3(
      String endpoint,
      String bucket,
      String region,
      Boolean insecure,
      String key,
      EnvVar.KeyRef accessKeySecret,
      EnvVar.KeyRef secretKeySecret) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("endpoint", endpoint);
      each.accept("bucket", bucket);
      each.accept("region", region);
      each.accept("insecure", insecure);
      each.accept("key", key);
      each.accept("accessKeySecret", accessKeySecret);
      each.accept("secretKeySecret", secretKeySecret);
    }
  }

  /** {@code gcs}. */
  public record Gcs(String bucket, String key, EnvVar.KeyRef serviceAccountKeySecret) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("bucket", bucket);
      each.accept("key", key);
      each.accept("serviceAccountKeySecret", serviceAccountKeySecret);
    }
  }

  /** {@code azure}; {@code useSDKCreds} only when written. */
  public record Azure(
      String endpoint, String container, String blob, EnvVar.KeyRef accountKeySecret,
      Boolean useSdkCreds) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("endpoint", endpoint);
      each.accept("container", container);
      each.accept("blob", blob);
      each.accept("accountKeySecret", accountKeySecret);
      each.accept("useSDKCreds", useSdkCreds);
    }
  }

  /** {@code oss}. */
  public record Oss(String endpoint, String bucket, String key, EnvVar.KeyRef accessKeySecret, EnvVar.KeyRef secretKeySecret)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("endpoint", endpoint);
      each.accept("bucket", bucket);
      each.accept("key", key);
      each.accept("accessKeySecret", accessKeySecret);
      each.accept("secretKeySecret", secretKeySecret);
    }
  }

  /** {@code hdfs}; {@code force} only when written. */
  public record Hdfs(List<String> addresses, String path, String hdfsUser, Boolean force) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("addresses", addresses);
      each.accept("path", path);
      each.accept("hdfsUser", hdfsUser);
      each.accept("force", force);
    }
  }

  /** {@code artifactory}. */
  public record Artifactory(String url, EnvVar.KeyRef usernameSecret, EnvVar.KeyRef passwordSecret)
      implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("url", url);
      each.accept("usernameSecret", usernameSecret);
      each.accept("passwordSecret", passwordSecret);
    }
  }

  /** {@code raw}: the file's content. */
  public record Raw(String data) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("data", data);
    }
  }

  /** {@code plugin}: an artifact driver plugin. */
  public record Plugin(String name, String configuration, String key) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("name", name);
      each.accept("configuration", configuration);
      each.accept("key", key);
    }
  }
}
