package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code @HttpRequest}: the template sends an HTTP request instead of running the method; its result is the body.
 *
 * @param site the annotation
 * @param url the URL as written (may hold tags)
 * @param method the HTTP method as written; empty: GET
 * @param headers headers as written, {@code "Name: value"}
 * @param secretHeaders headers whose value is a Secret's, as written, {@code "Name: secret/key"}
 * @param body the body as written; empty when not given
 * @param successCondition the expr-lang condition as written; empty: a 2xx status
 * @param timeoutSeconds the request's time limit; 0 when not given
 * @param timeoutSite the attribute {@code timeoutSeconds}, for messages
 */
public record HttpRequestModel(
    Site site,
    Text url,
    Optional<Text> method,
    List<Text> headers,
    List<Text> secretHeaders,
    Optional<Text> body,
    Optional<Text> successCondition,
    int timeoutSeconds,
    Site timeoutSite,
    boolean insecureSkipVerify) {
  public HttpRequestModel {
    headers = List.copyOf(headers);
    secretHeaders = List.copyOf(secretHeaders);
  }
}
