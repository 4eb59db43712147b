package dev.jera.local.manifest;

import java.util.List;

/**
 * An {@code http} template's request, as written (tags not yet substituted): Argo's agent sends it instead of
 * running a pod ({@code agent.go:executeHTTPTemplate}).
 *
 * @param method the method; empty, Go's default, is GET
 * @param url the URL
 * @param headers its headers in order, each a value or a Secret's key
 * @param timeoutSeconds {@code timeoutSeconds}, or {@code null} when not given
 * @param successCondition the expr-lang condition, or {@code null}: a 2xx status
 * @param body the body, empty when none
 * @param insecureSkipVerify whether any TLS certificate is accepted
 */
public record HttpSettings(
    String method,
    String url,
    List<Header> headers,
    Integer timeoutSeconds,
    String successCondition,
    String body,
    boolean insecureSkipVerify) {
  public HttpSettings {
    headers = List.copyOf(headers);
  }

  /**
   * A request header: {@code value}, or the key {@code secret}/{@code key} of a Secret when {@code secret} is
   * not {@code null}.
   */
  public record Header(String name, String value, String secret, String key) {
    /** The Secret's key as a run is given it, {@code secret/key}. */
    public String displayName() {
      return secret + "/" + key;
    }
  }
}
