package dev.jera.cluster.api;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The environment read exactly as the argo CLI reads it (cmd/argo/commands/client/conn.go). */
class ServerConfigTest {
  @Test
  void tlsIsOnUnlessArgoSecureIsExactlyFalse() {
    assertThat(ServerConfig.fromEnvironment(Map.of()).secure()).isTrue();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_SECURE", "false")).secure()).isFalse();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_SECURE", "False")).secure()).isTrue();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_SECURE", "0")).secure()).isTrue();
  }

  @Test
  void switchesAreOnOnlyWhenExactlyTrue() {
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_INSECURE_SKIP_VERIFY", "true")).insecureSkipVerify()).isTrue();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_INSECURE_SKIP_VERIFY", "yes")).insecureSkipVerify()).isFalse();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_HTTP1", "true")).http1()).isTrue();
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_HTTP1", "TRUE")).http1()).isFalse();
  }

  @Test
  void theBaseUriJoinsSchemeServerAndPrefix() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of("ARGO_SERVER", "argo.example.com:443",
        "ARGO_BASE_HREF", "/argo/"));
    assertThat(config.baseUri().toString()).isEqualTo("https://argo.example.com:443/argo");
    assertThat(config.withSecure(false).withBaseHref("ui").baseUri().toString()).isEqualTo("http://argo.example.com:443/ui");
    assertThat(config.withBaseHref("/").baseHref()).isEmpty();
  }

  @Test
  void theTokenIsSentAsGivenAndNeverShown() {
    ServerConfig config = ServerConfig.fromEnvironment(Map.of("ARGO_TOKEN", "Bearer abc.def", "ARGO_SERVER", "h:1"));
    assertThat(config.token().header()).isEqualTo("Bearer abc.def");
    assertThat(config.toString()).doesNotContain("abc.def");
    assertThat(config.toString()).contains("Token[hidden]");
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_TOKEN", "")).token()).isNull();
  }

  @Test
  void theNamespaceIsArgoNamespaceElseDefault() {
    assertThat(ServerConfig.fromEnvironment(Map.of("ARGO_NAMESPACE", "ci")).namespace()).isEqualTo("ci");
    assertThat(ServerConfig.fromEnvironment(Map.of()).namespace()).isEqualTo("default");
  }

  @Test
  void aServerThatIsNotHostAndPortIsRefused() {
    assertThat(assertThrows(ConfigException.class, () -> ServerConfig.fromEnvironment(Map.of("ARGO_SERVER", "h/x"))
        .baseUri()).getMessage()).isEqualTo("ARGO_SERVER 'h/x' is not host:port, such as localhost:2746");
  }
}
