package dev.jera.local.engine;

import dev.jera.argo.expr.ExpressionException;
import dev.jera.argo.expr.HttpCondition;
import dev.jera.local.Phase;
import dev.jera.local.launch.AttemptOutcome;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Sends an {@code http} template's request as Argo's agent does ({@code agent.go:executeHTTPTemplate}): the result
 * is the response's body, whole; without a successCondition a 2xx status succeeds and any other fails with
 * "received non-2xx response code: N"; with one, the condition decides ("successCondition '…' evaluated false").
 * A request that gets no response (no route to the host, refused, timed out, a bad certificate) fails the step
 * with Go's wording of what happened, {@code Get "https://…": …}; so does a condition that cannot be evaluated.
 * Redirects are followed, as Go's client follows them.
 */
final class HttpExchange {
  /** What a local run waits for a response without {@code timeoutSeconds}: what Argo documents (its code waits on). */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** Headers Java's client sets itself and will not take from a caller. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  /**
   * A request, substituted.
   *
   * @param method as written; empty is GET
   * @param headers in order, each {@code {name, value}}, Secrets' values resolved
   * @param conditionHeaders {@code request.headers} as the successCondition reads them
   */
  record Request(String method, String url, List<Map.Entry<String, String>> headers,
      Map<String, List<String>> conditionHeaders, String body, Duration timeout, String successCondition,
      boolean insecureSkipVerify) {}

  private HttpExchange() {}

  /** Sends it and judges the response; {@code log} gets one line about the exchange. */
  static AttemptOutcome send(Request request, java.util.function.Consumer<String> log) throws InterruptedException {
    String method = request.method().isEmpty() ? "GET" : request.method();
    String op = method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(new URI(request.url()))
          .method(method, request.body().isEmpty()
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return failed("parse \"" + request.url() + "\": " + reason(e));
    }
    for (Map.Entry<String, String> header : request.headers()) {
      if (RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        log.accept("jera: the header " + header.getKey() + " is not sent locally: Java's HTTP client sets it itself");
        continue;
      }
      try {
        builder.header(header.getKey(), header.getValue());
      } catch (IllegalArgumentException e) {
        return failed("net/http: invalid header field " + header.getKey() + ": " + e.getMessage());
      }
    }
    HttpResponse<byte[]> response;
    builder.timeout(request.timeout());
    HttpClient client = request.insecureSkipVerify() ? Clients.INSECURE : Clients.VERIFYING;
    CompletableFuture<HttpResponse<byte[]>> sent = client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      // The whole exchange, body included, within the timeout, as the agent's context bounds it.
      response = sent.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      sent.cancel(true);
      return failed(op + " \"" + request.url() + "\": context deadline exceeded");
    } catch (InterruptedException e) {
      sent.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      return failed(op + " \"" + request.url() + "\": " + reason(e.getCause(), request.url()));
    }
    String body = new String(response.body(), StandardCharsets.UTF_8);
    log.accept("jera: " + method + " " + request.url() + " -> " + response.statusCode() + " (" + response.body().length + " bytes)");
    if (request.successCondition() == null || request.successCondition().isEmpty()) {
      int status = response.statusCode();
      return status >= 200 && status < 300
          ? AttemptOutcome.succeeded(body)
          : new AttemptOutcome(Phase.FAILED, body, null, "received non-2xx response code: " + status);
    }
    Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
    response.headers().map().forEach((name, values) -> {
      if (!name.startsWith(":")) {
        responseHeaders.put(name, values);
      }
    });
    boolean success;
    try {
      success = HttpCondition.parse(request.successCondition()).evaluate(
          new HttpCondition.Request(request.method(), request.url(), request.body(), request.conditionHeaders()),
          new HttpCondition.Response(response.statusCode(), body, responseHeaders));
    } catch (ExpressionException e) {
      return failed(e.getMessage());
    }
    return success
        ? AttemptOutcome.succeeded(body)
        : new AttemptOutcome(Phase.FAILED, body, null, "successCondition '" + request.successCondition() + "' evaluated false");
  }

  private static AttemptOutcome failed(String message) {
    return new AttemptOutcome(Phase.FAILED, null, null, message);
  }

  /** Why no response came, as Go's client words the common cases. */
  private static String reason(Throwable cause, String url) {
    URI uri = URI.create(url);
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    String host = uri.getHost() == null ? "" : uri.getHost();
    for (Throwable at = cause; at != null; at = at.getCause()) {
      if (at instanceof HttpConnectTimeoutException || at instanceof HttpTimeoutException) {
        return "context deadline exceeded";
      }
      if (at instanceof UnresolvedAddressException || at instanceof java.net.UnknownHostException) {
        return "dial tcp: lookup " + host + ": no such host";
      }
      if (at instanceof ConnectException) {
        return "dial tcp " + host + ":" + port + ": connect: connection refused";
      }
      if (at instanceof javax.net.ssl.SSLException) {
        return "tls: " + reason(at);
      }
    }
    return reason(cause);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }

  /** The two clients, made once, as Go's agent keeps one per {@code insecureSkipVerify}. */
  private static final class Clients {
    static final HttpClient VERIFYING = client(false);
    static final HttpClient INSECURE = client(true);
  }

  private static HttpClient client(boolean insecure) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.ALWAYS);
    if (insecure) {
      builder.sslContext(trustingEveryone());
    }
    return builder.build();
  }

  /**
   * An SSL context that accepts any certificate for any host, as Go's {@code InsecureSkipVerify}: an extended trust
   * manager, so that JSSE checks no host name either.
   */
  private static SSLContext trustingEveryone() {
    TrustManager everyone = new X509ExtendedTrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {everyone}, new SecureRandom());
      return context;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available in this JVM", e);
    }
  }
}
