package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to Argo Server: method, path under the base (such as {@code /api/v1/workflows/argo}),
 * query parameters in order, and a JSON body or none.
 */
public record ApiRequest(String method, String path, Map<String, String> query, JsonNode body) {

  /** Copies the query, keeping its order. */
  public ApiRequest {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /** A GET of {@code path}. */
  public static ApiRequest get(String path) {
    return new ApiRequest("GET", path, Map.of(), null);
  }

  /** A POST of {@code body} to {@code path}. */
  public static ApiRequest post(String path, JsonNode body) {
    return new ApiRequest("POST", path, Map.of(), body);
  }

  /** A PUT of {@code body} to {@code path}. */
  public static ApiRequest put(String path, JsonNode body) {
    return new ApiRequest("PUT", path, Map.of(), body);
  }

  /** This request with query parameter {@code name} set to {@code value} ({@code null} leaves it out). */
  public ApiRequest with(String name, String value) {
    if (value == null) {
      return this;
    }
    Map<String, String> more = new LinkedHashMap<>(query);
    more.put(name, value);
    return new ApiRequest(method, path, more, body);
  }

  /** The path and its encoded query, as sent: {@code /api/v1/workflows/argo?listOptions.limit=10}. */
  public String target() {
    if (query.isEmpty()) {
      return path;
    }
    StringBuilder target = new StringBuilder(path).append('?');
    query.forEach((name, value) -> {
      if (target.charAt(target.length() - 1) != '?') {
        target.append('&');
      }
      target.append(encode(name)).append('=').append(encode(value));
    });
    return target.toString();
  }

  /** {@code POST /api/v1/workflows/argo}: how messages name the request. */
  public String describe() {
    return method + " " + path;
  }

  /** One path segment, encoded: names of Kubernetes objects pass unchanged. */
  public static String segment(String value) {
    return encode(value).replace("+", "%20");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
