package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.cluster.testing.Jera;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reaching the server as the argo CLI does, and each way that fails ending in one line that says what to check. */
class ConnectionTest extends ClusterTestBase {
  @TempDir Path folder;

  @Test
  void anUnreachableServerIsRetriedThenNamed() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }

    Jera.Result result = jera.env("ARGO_SERVER", "127.0.0.1:" + port).run("get", "pipeline-abcde");

    assertThat(result.code()).isEqualTo(3);
    assertThat(lastLine(result)).isEqualTo("jera: cannot reach the Argo Server at https://127.0.0.1:" + port + " to read"
        + " workflow 'pipeline-abcde' (connection refused); check ARGO_SERVER ('127.0.0.1:" + port + "') and that the"
        + " server runs (such as: kubectl -n argo port-forward svc/argo-server 2746:2746) (gave up after 4 tries)");
    assertThat(result.err().lines().filter(line -> line.contains("trying again in")).count()).isEqualTo(3);
  }

  @Test
  void anUnknownHostIsNotRetried() {
    Jera.Result result = jera.env("ARGO_SERVER", "argo-server.invalid:2746").run("get", "x");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err().strip()).isEqualTo("jera: cannot reach the Argo Server at https://argo-server.invalid:2746 to"
        + " read workflow 'x': unknown host 'argo-server.invalid'; check ARGO_SERVER");
  }

  @Test
  void anUntrustedCertificateSaysWhatToSet() {
    Jera.Result result = jera.env("ARGO_INSECURE_SKIP_VERIFY", null).run("get", "x");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).contains("TLS with the Argo Server at https://" + server.address() + " failed, so it could not"
        + " read workflow 'x': the server's certificate is not trusted (");
    assertThat(result.err()).contains("); check --certificate-authority, or set ARGO_INSECURE_SKIP_VERIFY=true for a"
        + " self-signed certificate");
    assertThat(result.err()).doesNotContain("trying again");
  }

  @Test
  void aGivenCertificateAuthorityIsTrusted() throws IOException {
    Path pem = server.writeCertificate(folder.resolve("ca.pem"));

    Jera.Result result = jera.env("ARGO_INSECURE_SKIP_VERIFY", null)
        .run("apply", "--certificate-authority", pem.toString());

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
  }

  @Test
  void aCertificateForAnotherHostIsRefusedUnlessVerificationIsSkipped() throws IOException {
    try (FakeArgoServer other = FakeArgoServer.start(true, List.of("argo.example.com"), "")) {
      Path pem = other.writeCertificate(folder.resolve("other.pem"));
      Jera jera = Jera.against(other).env("ARGO_INSECURE_SKIP_VERIFY", null);

      Jera.Result refused = jera.run("get", "x", "--certificate-authority", pem.toString());
      assertThat(refused.code()).isEqualTo(3);
      assertThat(refused.err()).contains("its certificate does not name host '" + other.address() + "' (");
      assertThat(refused.err()).contains("check the host of ARGO_SERVER, or give the certificate's name");

      Jera.Result skipped = jera.env("ARGO_INSECURE_SKIP_VERIFY", "true").run("apply");
      assertWithMessage(skipped.toString()).that(skipped.code()).isEqualTo(0);
      assertThat(other.violations()).isEmpty();
    }
  }

  @Test
  void aPlainServerIsNamedWhenTlsIsExpected() {
    try (FakeArgoServer plain = FakeArgoServer.start(false, List.of(), "")) {
      Jera.Result result = Jera.against(plain).attempts(1).run("get", "x");

      // The JDK's server waits for a line that a TLS hello never ends, so the handshake times out; a server
      // that answers the hello with an error gives "the server does not answer TLS" (see FaultsTest).
      assertThat(result.code()).isEqualTo(3);
      assertThat(result.err().strip()).isEqualTo("jera: cannot reach the Argo Server at https://" + plain.address()
          + " to read workflow 'x' (no connection in time); check ARGO_SERVER ('" + plain.address() + "') and that the"
          + " server runs (such as: kubectl -n argo port-forward svc/argo-server 2746:2746); if the server does not use"
          + " TLS, set ARGO_SECURE=false");

      Jera.Result insecure = Jera.against(plain).env("ARGO_SECURE", "false").run("apply");
      assertWithMessage(insecure.toString()).that(insecure.code()).isEqualTo(0);
      Jera.Result option = Jera.against(plain).run("apply", "--secure=false");
      assertWithMessage(option.toString()).that(option.code()).isEqualTo(0);
    }
  }

  @Test
  void aTlsServerSpokenToInPlainTextSaysToCheckArgoSecure() {
    Jera.Result result = jera.env("ARGO_SECURE", "false").attempts(1).run("get", "x");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).startsWith("jera: the connection to the Argo Server at http://" + server.address());
    assertThat(result.err().strip()).endsWith("; if the server uses TLS, unset ARGO_SECURE=false");
  }

  @Test
  void noTokenOrAWrongOneSaysHowToSetIt() {
    Jera.Result none = jera.env("ARGO_TOKEN", null).run("get", "x");
    assertThat(none.code()).isEqualTo(3);
    assertThat(none.err().strip()).isEqualTo("jera: the Argo Server at https://" + server.address() + " refused the"
        + " credentials to read workflow 'x' (401: token not valid. see https://argo-workflows.readthedocs.io/en/latest/faq/);"
        + " check ARGO_TOKEN: none is set; set it to the whole header value, 'Bearer <token>' (such as: export"
        + " ARGO_TOKEN=\"Bearer $(kubectl create token <service account>)\")");

    Jera.Result bare = jera.env("ARGO_TOKEN", FakeArgoServer.TOKEN.substring("Bearer ".length())).run("get", "x");
    assertThat(bare.code()).isEqualTo(3);
    assertThat(bare.err()).contains("check ARGO_TOKEN: it does not start with 'Bearer ': it must be the whole header"
        + " value, 'Bearer <token>'");

    Jera.Result option = jera.env("ARGO_TOKEN", null).run("apply", "--token", FakeArgoServer.TOKEN);
    assertWithMessage(option.toString()).that(option.code()).isEqualTo(0);
  }

  @Test
  void aServerBehindAPathPrefixIsReachedThroughArgoBaseHref() {
    try (FakeArgoServer prefixed = FakeArgoServer.start(true, List.of("127.0.0.1"), "/argo")) {
      Jera.Result wrong = Jera.against(prefixed).run("get", "x");
      assertThat(wrong.code()).isEqualTo(3);
      assertThat(wrong.err().strip()).isEqualTo("jera: the answer of https://" + prefixed.address() + " to GET"
          + " /api/v1/workflows/argo/x is not Argo Server's API (200 with a body that is not JSON:"
          + " <!doctype html><html><head><title>Argo</title></head></html>); check ARGO_SERVER and ARGO_BASE_HREF");

      Jera.Result right = Jera.against(prefixed).env("ARGO_BASE_HREF", "/argo/").run("apply");
      assertWithMessage(right.toString()).that(right.code()).isEqualTo(0);
      assertThat(prefixed.received().get(1).target()).isEqualTo("/argo/api/v1/cluster-workflow-templates/shared-tools");
      assertThat(Jera.against(prefixed).run("apply", "--argo-base-href", "argo").code()).isEqualTo(0);
      assertThat(prefixed.violations()).isEmpty();
    }
  }

  @Test
  void http1CanBeRequired() {
    assertThat(jera.env("ARGO_HTTP1", "true").run("apply").code()).isEqualTo(0);
    assertThat(jera.env("ARGO_HTTP1", null).run("apply", "--argo-http1").code()).isEqualTo(0);
  }

  @Test
  void theNamespaceComesFromTheKubeconfigWhenArgoNamespaceIsNotSet() throws IOException {
    Path kubeconfig = java.nio.file.Files.writeString(folder.resolve("config"), String.join("\n",
        "apiVersion: v1",
        "current-context: ci",
        "contexts:",
        "- name: other",
        "  context: {namespace: nope}",
        "- name: ci",
        "  context: {cluster: c, namespace: pipelines}",
        ""));

    Jera.Result result = jera.env("ARGO_NAMESPACE", null).env("KUBECONFIG", kubeconfig.toString()).run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(server.resource("WorkflowTemplate", "pipelines", "greeting")).isNotNull();
    assertThat(jera.env("KUBECONFIG", null).env("HOME", folder.toString()).run("apply", "--dry-run").out())
        .contains("GET /api/v1/workflow-templates/default/greeting");
    assertThat(jera.run("apply", "-n", "team-a", "--dry-run").out())
        .contains("GET /api/v1/workflow-templates/team-a/greeting");
  }

  @Test
  void aMissingServerOrOneWrittenAsAUrlIsBadUsage() {
    Jera.Result missing = jera.env("ARGO_SERVER", null).run("apply");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().strip()).isEqualTo("jera: no Argo Server given: set ARGO_SERVER (or --argo-server) to its"
        + " host:port, such as localhost:2746");
    Jera.Result url = jera.env("ARGO_SERVER", "https://argo.example.com:2746").run("apply");
    assertThat(url.code()).isEqualTo(2);
    assertThat(url.err()).contains("ARGO_SERVER 'https://argo.example.com:2746' must be host:port, without a scheme, as"
        + " for the argo CLI; TLS is chosen by ARGO_SECURE (on unless 'false')");
    assertThat(jera.env("ARGO_SERVER", null).run("apply", "--dry-run").code()).isEqualTo(0);
  }

  @Test
  void optionsAreCheckedAsTheJeraCommandLineChecksThem() {
    Jera.Result result = jera.run("apply", "--secure=maybe");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("jera: option '--secure' of 'apply' is true or false, not 'maybe'");
    Jera.Result unknown = jera.run("submit", "pipeline", "--wach");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("'submit' has no option '--wach'; did you mean '--watch'?");
    Jera.Result command = jera.run("aply");
    assertThat(command.err()).contains("unknown command 'aply'; did you mean 'apply'?");
    assertThat(server.received()).isEmpty();
  }

  private static String lastLine(Jera.Result result) {
    return result.err().strip().lines().reduce((a, b) -> b).orElse("");
  }
}
