package dev.jera.cluster.api;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Each fault becomes one line saying what failed and what to check (the server's answers end to end: ConnectionTest). */
class FaultsTest {
  private static final ServerConfig CONFIG = ServerConfig.fromEnvironment(Map.of("ARGO_SERVER", "argo:2746",
      "ARGO_NAMESPACE", "ci", "ARGO_TOKEN", "Bearer t"));
  private static final ApiRequest REQUEST = ApiRequest.get("/api/v1/workflows/ci/x");
  private final Faults faults = new Faults(CONFIG);

  private ArgoException status(int status, String body) {
    return faults.status(REQUEST, "read workflow 'x'", status, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void grpcGatewayErrorsGiveTheServersMessage() {
    ArgoException notFound = status(404, "{\"code\":5,\"message\":\"workflows.argoproj.io \\\"x\\\" not found\"}");
    assertThat(notFound.fault()).isEqualTo(Fault.NOT_FOUND);
    assertThat(notFound.serverMessage()).isEqualTo("workflows.argoproj.io \"x\" not found");
    assertThat(notFound.getMessage()).isEqualTo("cannot read workflow 'x': not found (404: workflows.argoproj.io \"x\" not"
        + " found); check the name and ARGO_NAMESPACE ('ci')");
    assertThat(status(409, "{\"code\":6,\"message\":\"exists\"}").fault()).isEqualTo(Fault.CONFLICT);
    assertThat(status(400, "{\"code\":3,\"message\":\"bad\"}").fault()).isEqualTo(Fault.INVALID);
    assertThat(status(429, "{\"code\":8,\"message\":\"slow down\"}").fault()).isEqualTo(Fault.THROTTLED);
    assertThat(status(503, "{\"code\":14,\"message\":\"down\"}").fault()).isEqualTo(Fault.SERVER);
    assertThat(status(500, "{\"error\":\"boom\",\"code\":2}").serverMessage()).isEqualTo("boom");
  }

  @Test
  void pagesThatAreNotTheApiPointAtTheAddress() {
    assertThat(status(404, "<html><head><title>404 Not Found</title></head></html>").getMessage()).isEqualTo(
        "the answer of https://argo:2746 to GET /api/v1/workflows/ci/x is not Argo Server's API (404 with a body that is"
            + " not Argo Server's error (an HTML page, '404 Not Found')); check ARGO_SERVER and ARGO_BASE_HREF");
    assertThat(status(502, "<html><title>Bad Gateway</title></html>").getMessage()).contains("(502: an HTML page, 'Bad Gateway')");
  }

  @Test
  void aPlainRequestToATlsServerSaysToTurnTlsOn() {
    ServerConfig plain = CONFIG.withSecure(false);
    ArgoException e = new Faults(plain).status(REQUEST, "read workflow 'x'", 400,
        "Client sent an HTTP request to an HTTPS server.\n".getBytes(StandardCharsets.UTF_8));
    assertThat(e.fault()).isEqualTo(Fault.TLS);
    assertThat(e.getMessage()).isEqualTo("the Argo Server at http://argo:2746 expects TLS, so it refused to read"
        + " workflow 'x'; check ARGO_SECURE (unset it, or set it to true)");
  }

  @Test
  void tlsFailuresAreToldApart() {
    assertThat(faults.io(REQUEST, "read workflow 'x'", new SSLException("Unsupported or unrecognized SSL message"))
        .getMessage()).endsWith("the server does not answer TLS; check ARGO_SECURE (set it to false for a plain-HTTP server)");
    SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
    untrusted.initCause(new CertificateException("unable to find valid certification path to requested target"));
    assertThat(faults.io(REQUEST, "read workflow 'x'", untrusted).getMessage()).endsWith("the server's certificate is"
        + " not trusted (unable to find valid certification path to requested target); check --certificate-authority,"
        + " or set ARGO_INSECURE_SKIP_VERIFY=true for a self-signed certificate");
    SSLHandshakeException misnamed = new SSLHandshakeException("No subject alternative DNS name matching argo found.");
    assertThat(faults.io(REQUEST, "read workflow 'x'", misnamed).getMessage()).contains("its certificate does not name"
        + " host 'argo:2746'");
  }

  @Test
  void lostAnswersAreLost() {
    assertThat(faults.io(REQUEST, "read workflow 'x'", new IOException("Connection reset")).fault()).isEqualTo(Fault.LOST);
    assertThat(faults.io(REQUEST, "read workflow 'x'", new HttpTimeoutException("request timed out")).getMessage())
        .isEqualTo("the Argo Server at https://argo:2746 did not answer in time to read workflow 'x'; check the network"
            + " and the server's load");
  }

  @Test
  void streamErrorsAreReadAsStatuses() throws IOException {
    ArgoException e = faults.streamError(REQUEST, "watch workflow 'x'", new ObjectMapper().readTree(
        "{\"grpc_code\": 3, \"http_code\": 410, \"message\": \"too old resource version: 5 (9)\"}"));
    assertThat(e.status()).isEqualTo(410);
    assertThat(e.serverMessage()).isEqualTo("too old resource version: 5 (9)");
    ArgoException noHttp = faults.streamError(REQUEST, "watch workflow 'x'", new ObjectMapper().readTree(
        "{\"grpc_code\": 14, \"message\": \"unavailable\"}"));
    assertThat(noHttp.fault()).isEqualTo(Fault.SERVER);
  }
}
