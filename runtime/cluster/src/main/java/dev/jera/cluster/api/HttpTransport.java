package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Argo Server over the JDK's HTTP client: TLS as configured, HTTP/2 over TLS unless
 * {@code ARGO_HTTP1}, the token in the {@code Authorization} header and nowhere else.
 */
public final class HttpTransport implements Transport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final ServerConfig config;
  private final URI base;
  private final HttpClient client;
  private final Duration requestTimeout;
  private final Faults faults;

  /**
   * A transport to the server {@code config} names.
   *
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for the answer of a request that is not a stream
   * @throws ConfigException if the server is not set or the TLS settings cannot be used
   */
  public HttpTransport(ServerConfig config, Duration connectTimeout, Duration requestTimeout) {
    this.config = config;
    this.base = config.baseUri();
    this.requestTimeout = requestTimeout;
    this.faults = new Faults(config);
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        // h2c upgrades of plain connections confuse proxies; HTTP/2 only where TLS negotiates it.
        .version(config.secure() && !config.http1() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    if (config.secure()) {
      builder.sslContext(Tls.context(config));
    }
    this.client = builder.build();
  }

  @Override
  public JsonNode exchange(ApiRequest request, String action) {
    HttpResponse<byte[]> response = send(request, action, HttpResponse.BodyHandlers.ofByteArray(), true);
    if (response.statusCode() != 200) {
      throw faults.status(request, action, response.statusCode(), response.body());
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode answer = JSON.readTree(text);
      if (answer == null || !answer.isObject()) {
        throw faults.protocol(request, "200 with a body that is not a JSON object");
      }
      return answer;
    } catch (IOException e) {
      throw faults.protocol(request, "200 with a body that is not JSON: " + text);
    }
  }

  @Override
  public EventStream open(ApiRequest request, String action) {
    HttpResponse<InputStream> response = send(request, action, HttpResponse.BodyHandlers.ofInputStream(), false);
    if (response.statusCode() != 200) {
      byte[] body;
      try (InputStream in = response.body()) {
        body = in.readNBytes(ERROR_BODY_LIMIT);
      } catch (IOException e) {
        body = new byte[0];
      }
      throw faults.status(request, action, response.statusCode(), body);
    }
    return new EventStream(response.body(), request, action, faults);
  }

  private <T> HttpResponse<T> send(ApiRequest request, String action, HttpResponse.BodyHandler<T> handler,
      boolean timed) {
    HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(base + request.target()))
        .header("Accept", "application/json");
    if (timed) {
      http.timeout(requestTimeout);
    }
    config.optionalToken().ifPresent(token -> http.header("Authorization", token.header()));
    if (request.body() != null) {
      http.header("Content-Type", "application/json")
          .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body().toString(), StandardCharsets.UTF_8));
    } else {
      http.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    try {
      return client.send(http.build(), handler);
    } catch (IOException e) {
      throw faults.io(request, action, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ArgoException(Fault.LOST, 0, null, "interrupted while trying to " + action, e);
    }
  }

  @Override
  public String toString() {
    return "HttpTransport[" + config.describe() + "]";
  }
}
