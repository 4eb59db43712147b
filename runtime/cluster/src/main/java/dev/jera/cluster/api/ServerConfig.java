package dev.jera.cluster.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Argo Server is and how to talk to it, read as the {@code argo} CLI reads it
 * ({@code cmd/argo/commands/client/conn.go}), so a user's existing set-up works unchanged:
 *
 * <ul>
 *   <li>{@code ARGO_SERVER}: {@code host:port}, no scheme;
 *   <li>{@code ARGO_SECURE}: TLS unless it is exactly {@code false};
 *   <li>{@code ARGO_INSECURE_SKIP_VERIFY}: {@code true} accepts any certificate;
 *   <li>{@code ARGO_TOKEN}: the whole {@code Authorization} value, {@code Bearer …};
 *   <li>{@code ARGO_NAMESPACE}: else the kubeconfig's current context's namespace, else {@code default};
 *   <li>{@code ARGO_BASE_HREF}: a path before {@code /api/v1}, when the server sits behind a prefix;
 *   <li>{@code ARGO_HTTP1}: {@code true} keeps to HTTP/1.1 (else HTTP/2 is offered over TLS).
 * </ul>
 *
 * Options override each; {@link #toString} never shows the token.
 *
 * @param server {@code host:port}, or {@code null} when not set
 * @param secure whether to use TLS
 * @param insecureSkipVerify whether to accept any certificate (and host name)
 * @param token the {@code Authorization} value, or {@code null} to send none
 * @param namespace the namespace of namespaced resources
 * @param baseHref the path prefix, {@code ""} or like {@code /argo} (no trailing slash)
 * @param http1 whether to keep to HTTP/1.1
 * @param certificateAuthority a PEM file of the certificates to trust instead of the JDK's, or {@code null}
 */
public record ServerConfig(
    String server,
    boolean secure,
    boolean insecureSkipVerify,
    Token token,
    String namespace,
    String baseHref,
    boolean http1,
    Path certificateAuthority) {

  /** Normalises the base path: a leading slash, no trailing one. */
  public ServerConfig {
    baseHref = normaliseBaseHref(baseHref);
  }

  /** The configuration the {@code argo} CLI would use in {@code environment}. */
  public static ServerConfig fromEnvironment(Map<String, String> environment) {
    String token = environment.get("ARGO_TOKEN");
    String namespace = environment.get("ARGO_NAMESPACE");
    if (namespace == null || namespace.isEmpty()) {
      namespace = KubeconfigNamespace.read(environment).orElse("default");
    }
    return new ServerConfig(
        emptyToNull(environment.get("ARGO_SERVER")),
        !"false".equals(environment.get("ARGO_SECURE")),
        "true".equals(environment.get("ARGO_INSECURE_SKIP_VERIFY")),
        token == null || token.isEmpty() ? null : Token.of(token),
        namespace,
        environment.get("ARGO_BASE_HREF"),
        "true".equals(environment.get("ARGO_HTTP1")),
        null);
  }

  /** The base URI of every request, {@code https://host:port/prefix}. */
  public URI baseUri() {
    String address = requireServer();
    try {
      return new URI((secure ? "https://" : "http://") + address + baseHref);
    } catch (URISyntaxException e) {
      throw new ConfigException("ARGO_SERVER '" + address + "' is not host:port: " + e.getReason());
    }
  }

  /** The server as {@code host:port}; refuses a missing one or one written as a URL. */
  public String requireServer() {
    if (server == null) {
      throw new ConfigException("no Argo Server given: set ARGO_SERVER (or --argo-server) to its host:port, such as"
          + " localhost:2746");
    }
    if (server.contains("://")) {
      throw new ConfigException("ARGO_SERVER '" + server + "' must be host:port, without a scheme, as for the argo CLI;"
          + " TLS is chosen by ARGO_SECURE (on unless 'false')");
    }
    if (server.isBlank() || server.contains("/") || server.contains(" ")) {
      throw new ConfigException("ARGO_SERVER '" + server + "' is not host:port, such as localhost:2746");
    }
    return server;
  }

  /** Where the server is, for messages: {@code https://host:port/prefix}. */
  public String describe() {
    return server == null ? "(no ARGO_SERVER)" : (secure ? "https://" : "http://") + server + baseHref;
  }

  /** A copy with {@code value} as the server. */
  public ServerConfig withServer(String value) {
    return new ServerConfig(emptyToNull(value), secure, insecureSkipVerify, token, namespace, baseHref, http1,
        certificateAuthority);
  }

  /** A copy with TLS on or off. */
  public ServerConfig withSecure(boolean value) {
    return new ServerConfig(server, value, insecureSkipVerify, token, namespace, baseHref, http1, certificateAuthority);
  }

  /** A copy that does or does not check the server's certificate. */
  public ServerConfig withInsecureSkipVerify(boolean value) {
    return new ServerConfig(server, secure, value, token, namespace, baseHref, http1, certificateAuthority);
  }

  /** A copy sending {@code value} as the {@code Authorization} header. */
  public ServerConfig withToken(Token value) {
    return new ServerConfig(server, secure, insecureSkipVerify, value, namespace, baseHref, http1, certificateAuthority);
  }

  /** A copy working in namespace {@code value}. */
  public ServerConfig withNamespace(String value) {
    return new ServerConfig(server, secure, insecureSkipVerify, token, value, baseHref, http1, certificateAuthority);
  }

  /** A copy with {@code value} as the path prefix. */
  public ServerConfig withBaseHref(String value) {
    return new ServerConfig(server, secure, insecureSkipVerify, token, namespace, value, http1, certificateAuthority);
  }

  /** A copy that does or does not keep to HTTP/1.1. */
  public ServerConfig withHttp1(boolean value) {
    return new ServerConfig(server, secure, insecureSkipVerify, token, namespace, baseHref, value, certificateAuthority);
  }

  /** A copy trusting the certificates of PEM file {@code value}. */
  public ServerConfig withCertificateAuthority(Path value) {
    return new ServerConfig(server, secure, insecureSkipVerify, token, namespace, baseHref, http1, value);
  }

  /** The token, if any. */
  public Optional<Token> optionalToken() {
    return Optional.ofNullable(token);
  }

  private static String normaliseBaseHref(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    String path = value.strip();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return "";
    }
    return path.startsWith("/") ? path : "/" + path;
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
