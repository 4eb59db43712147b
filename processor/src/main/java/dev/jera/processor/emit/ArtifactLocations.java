package dev.jera.processor.emit;

import dev.jera.processor.emit.argo.Artifact;
import dev.jera.processor.emit.argo.EnvVar;
import dev.jera.processor.model.HttpHeader;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;

/** A location annotation as Argo's artifact location ({@code http}, {@code s3}, {@code azure}, …). */
final class ArtifactLocations {
  private ArtifactLocations() {}

  /** The location record of {@code external}, for {@link Artifact#located}. */
  static Object of(InputSource.External external) {
    switch (external.store()) {
      case HTTP:
        return http(external);
      case GIT:
        return new Artifact.Git(
            text(external, "repo"), text(external, "revision"), external.depth().orElse(null),
            secret(external, "usernameSecret"), secret(external, "passwordSecret"), secret(external, "sshPrivateKeySecret"));
      case S3:
        return new Artifact.S3(
            text(external, "endpoint"), text(external, "bucket"), text(external, "region"), flag(external, "insecure"),
            text(external, "key"), secret(external, "accessKeySecret"), secret(external, "secretKeySecret"));
      case GCS:
        return new Artifact.Gcs(text(external, "bucket"), text(external, "key"), secret(external, "serviceAccountKeySecret"));
      case AZURE:
        return new Artifact.Azure(
            text(external, "endpoint"), text(external, "container"), text(external, "blob"),
            secret(external, "accountKeySecret"), flag(external, "useSdkCreds"));
      case OSS:
        return new Artifact.Oss(
            text(external, "endpoint"), text(external, "bucket"), text(external, "key"),
            secret(external, "accessKeySecret"), secret(external, "secretKeySecret"));
      case HDFS:
        return new Artifact.Hdfs(
            values(external.list("addresses")), text(external, "path"), text(external, "user"), flag(external, "force"));
      case ARTIFACTORY:
        return new Artifact.Artifactory(text(external, "url"), secret(external, "usernameSecret"), secret(external, "passwordSecret"));
      case RAW:
        return new Artifact.Raw(external.attribute("value").map(Text::value).orElse(""));
      case PLUGIN:
        return new Artifact.Plugin(text(external, "name"), text(external, "configuration"), text(external, "key"));
      default:
        throw new IllegalStateException("no manifest form for @" + external.store().annotation());
    }
  }

  private static Artifact.Http http(InputSource.External external) {
    List<Artifact.Header> headers = new ArrayList<>();
    for (Text header : external.list("headers")) {
      HttpHeader parsed = HttpHeader.parse(header.value()).orElseThrow();
      headers.add(new Artifact.Header(parsed.name(), parsed.value()));
    }
    Artifact.BasicAuth basic = null;
    if (external.secret("usernameSecret").isPresent() || external.secret("passwordSecret").isPresent()) {
      basic = new Artifact.BasicAuth(secret(external, "usernameSecret"), secret(external, "passwordSecret"));
    }
    Artifact.ClientCertAuth clientCert = null;
    if (external.secret("clientCertSecret").isPresent()) {
      clientCert = new Artifact.ClientCertAuth(secret(external, "clientCertSecret"), secret(external, "clientKeySecret"));
    }
    Artifact.OAuth2Auth oauth2 = null;
    if (external.secret("oauth2ClientIdSecret").isPresent()) {
      List<Artifact.EndpointParam> params = new ArrayList<>();
      for (Text param : external.list("oauth2EndpointParams")) {
        int equals = param.value().indexOf('=');
        params.add(new Artifact.EndpointParam(param.value().substring(0, equals), param.value().substring(equals + 1)));
      }
      List<String> scopes = values(external.list("oauth2Scopes"));
      oauth2 = new Artifact.OAuth2Auth(
          secret(external, "oauth2ClientIdSecret"), secret(external, "oauth2ClientSecretSecret"),
          secret(external, "oauth2TokenUrlSecret"), scopes, params.isEmpty() ? null : params);
    }
    Artifact.HttpAuth auth = basic == null && clientCert == null && oauth2 == null
        ? null : new Artifact.HttpAuth(basic, clientCert, oauth2);
    return new Artifact.Http(text(external, "value"), headers.isEmpty() ? null : headers, auth);
  }

  private static String text(InputSource.External external, String attribute) {
    return external.attribute(attribute).map(Text::value).orElse(null);
  }

  /** A written boolean, or null (left out of the manifest) when not written. */
  private static Boolean flag(InputSource.External external, String attribute) {
    return external.flag(attribute).map(InputSource.Flag::value).orElse(null);
  }

  /** The texts' values; null (left out) when there are none. */
  private static List<String> values(List<Text> texts) {
    if (texts.isEmpty()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    texts.forEach(text -> values.add(text.value()));
    return values;
  }

  /** A {@code "secret/key"} credential as a Secret key reference. */
  private static EnvVar.KeyRef secret(InputSource.External external, String attribute) {
    return external.secret(attribute).map(parsed -> {
      KeyRef ref = parsed.value();
      return new EnvVar.KeyRef(ref.name(), ref.key());
    }).orElse(null);
  }
}
