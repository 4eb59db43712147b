package dev.jera.samples.gallery;

import com.sun.net.httpserver.HttpServer;
import dev.jera.Call;
import dev.jera.Daemon;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * After Argo's {@code examples/daemon-step.yaml}: the step {@code kv} runs a key-value store as a daemon,
 * done once {@code /ping} answers; {@code put} stores a value in it and {@code get} reads it back, both at
 * its address {@code {{steps.kv.ip}}}. The store runs until the steps template ends, and is then stopped.
 *
 * <p>Jera's own sample, not a port: InfluxDB became a small store written in Java, which also runs on one
 * machine (in a JVM of its own, at {@code 127.0.0.1}). The faithful ports, compared with the upstream
 * files, are in {@code dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-daemon", style = Style.STEPS)
public class KeyValueDaemon {
  /** The store's port. */
  static final int PORT = 18086;

  /** Keeps values by key: {@code PUT /<key>} stores the body, {@code GET /<key>} gives it back. */
  @Template
  @Daemon(http = "/ping", port = PORT, timeout = "1s")
  public static void store() throws IOException, InterruptedException {
    serve(PORT);
    Thread.sleep(Long.MAX_VALUE);
  }

  @Script @Call(template = "store")
  static void kv() {}

  @Script(after = "kv")
  public static void put(@Value("{{steps.kv.ip}}") String host) throws IOException, InterruptedException {
    send(HttpRequest.newBuilder(uri(host, "greeting")).PUT(HttpRequest.BodyPublishers.ofString("hello")));
  }

  @Script(after = "put")
  public static String get(@Value("{{steps.kv.ip}}") String host) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(host, "greeting")).GET());
  }

  /** Starts the store on {@code port} of every address of the pod (or this machine), in the background. */
  static HttpServer serve(int port) throws IOException {
    Map<String, String> values = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/", exchange -> {
      String key = exchange.getRequestURI().getPath().substring(1);
      int status = 200;
      String body = "";
      if (key.equals("ping")) {
        body = "pong";
      } else if (exchange.getRequestMethod().equals("PUT")) {
        values.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      } else if (values.containsKey(key)) {
        body = values.get(key);
      } else {
        status = 404;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static URI uri(String host, String key) {
    return URI.create("http://" + host + ":" + PORT + "/" + key);
  }

  private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the store answered " + response.statusCode());
    }
    return response.body();
  }
}
