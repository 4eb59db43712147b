package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;

/** Sends requests to Argo Server. Every failure is an {@link ArgoException} with its one-line message. */
public interface Transport {

  /**
   * Sends {@code request} and returns the JSON of its 200 answer.
   *
   * @param action what the request does, for messages, such as {@code create workflow 'x'}
   * @throws ArgoException if it fails
   */
  JsonNode exchange(ApiRequest request, String action);

  /**
   * Opens the stream {@code request} answers with: gRPC-gateway's newline-delimited
   * {@code {"result": …}} messages.
   *
   * @throws ArgoException if it cannot be opened
   */
  EventStream open(ApiRequest request, String action);
}
