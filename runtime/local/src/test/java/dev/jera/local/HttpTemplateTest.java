package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;
import static dev.jera.local.TestRuns.script;
import static dev.jera.local.TestRuns.workflow;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP templates as Argo's agent runs them ({@code agent.go:executeHTTPTemplate}), against a server on this
 * machine's loopback: the result is the response's body; a 2xx status succeeds, any other fails with
 * "received non-2xx response code: N"; a successCondition decides instead; a request that gets no response fails
 * its step only.
 */
class HttpTemplateTest {
  @TempDir Path home;
  private HttpServer server;
  private String base;
  private final CountDownLatch slowReleased = new CountDownLatch(1);

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ok", exchange -> reply(exchange, 200, "hello"));
    server.createContext("/missing", exchange -> reply(exchange, 404, "no such page"));
    server.createContext("/created", exchange -> {
      exchange.getResponseHeaders().add("server", "jera-test");
      reply(exchange, 201, "made");
    });
    server.createContext("/echo", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      reply(exchange, 200, exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Day")
          + " " + ("Bearer s3cr3t".equals(exchange.getRequestHeaders().getFirst("Authorization")) ? "authorized" : "anonymous")
          + " " + body);
    });
    server.createContext("/slow", exchange -> {
      try {
        slowReleased.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      reply(exchange, 200, "late");
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    slowReleased.countDown();
    server.stop(0);
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Upstream's http-hello-world: a good and a bad URL in one group, the bad one allowed to fail, then a reader. */
  private String helloWorld(String http) {
    return workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: good
              template: http
              arguments:
                parameters: [{name: url, value: "%s/ok"}]
            - name: bad
              template: http
              continueOn:
                failed: true
              arguments:
                parameters: [{name: url, value: "%s/missing"}]
          - - name: print
              template: print
              arguments:
                parameters: [{name: message, value: "{{steps.good.outputs.result}}"}]
        - name: http
          inputs:
            parameters:
            - name: url
          http:
        """.formatted(base, base) + http.indent(4), script("print", "message"));
  }

  @Test
  void theResultIsTheBodyAndANon2xxStatusFailsTheStep() {
    ScriptedRunner runner = new ScriptedRunner().step("print", in -> "printed " + in.raw("message"));

    RunReport report = TestRuns.run(helloWorld("url: \"{{inputs.parameters.url}}\"\n"), runner, home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.node("good").type()).isEqualTo(NodeType.HTTP);
    assertThat(report.steps().get("good").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("good").result()).isEqualTo("hello");
    assertThat(report.steps().get("bad").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("bad").message()).isEqualTo("received non-2xx response code: 404");
    assertThat(report.steps().get("print").result()).isEqualTo("printed hello");
  }

  @Test
  void aSuccessConditionDecides() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: status-is-201
              template: status-is-201
            - name: server-is-jera
              template: server-is-jera
            - name: status-is-200
              template: status-is-200
        - name: status-is-201
          http:
            url: %1$s/created
            successCondition: response.statusCode == 201 && response.body contains "mad"
        - name: server-is-jera
          http:
            url: %1$s/created
            successCondition: response.headers["Server"][0] == "jera-test"
        - name: status-is-200
          http:
            url: %1$s/created
            successCondition: response.statusCode == 200
        """.formatted(base));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home);

    assertThat(report.steps().get("status-is-201").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("status-is-201").result()).isEqualTo("made");
    assertThat(report.steps().get("server-is-jera").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("status-is-200").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("status-is-200").message())
        .isEqualTo("successCondition 'response.statusCode == 200' evaluated false");
    assertThat(report.phase()).isEqualTo(Phase.FAILED);
  }

  @Test
  void theMethodHeadersSecretsAndBodyAreSentSubstituted() {
    String manifest = workflow("""
        entrypoint: main
        arguments:
          parameters:
          - name: day
            value: monday
        templates:
        - name: main
          steps:
          - - name: post
              template: post
              arguments:
                parameters: [{name: day, value: "{{workflow.parameters.day}}"}]
        - name: post
          inputs:
            parameters:
            - name: day
          http:
            method: PUT
            url: %s/echo
            headers:
            - name: X-Day
              value: "{{inputs.parameters.day}}"
            - name: Authorization
              valueFrom:
                secretKeyRef: {name: api-token, key: header}
            body: "day={{inputs.parameters.day}}"
            successCondition: request.headers["X-Day"][0] == "monday" && request.method == "PUT"
        """.formatted(base));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home,
        request -> request.secrets(Map.of("api-token/header", "Bearer s3cr3t")));

    assertThat(report.steps().get("post").phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("post").result()).isEqualTo("PUT monday authorized day=monday");
  }

  @Test
  void aSecretTheRunWasNotGivenEndsTheStepInError() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: post
              template: post
        - name: post
          http:
            url: %s/echo
            headers:
            - name: Authorization
              valueFrom:
                secretKeyRef: {name: api-token, key: header}
        """.formatted(base));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home);

    assertThat(report.steps().get("post").phase()).isEqualTo(Phase.ERROR);
    assertThat(report.steps().get("post").message()).contains("secret api-token/header is not set");
  }

  @Test
  void timeoutSecondsIsHonoured() {
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: slow
              template: slow
        - name: slow
          http:
            url: %s/slow
            timeoutSeconds: 1
        """.formatted(base));
    Instant start = Instant.now();

    RunReport report = TestRuns.run(manifest, new ScriptedRunner(), home);

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
    assertThat(report.steps().get("slow").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("slow").message()).isEqualTo("Get \"" + base + "/slow\": context deadline exceeded");
  }

  @Test
  void aHostThatCannotBeReachedFailsTheStepNotTheRun() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String manifest = workflow("""
        entrypoint: main
        templates:
        - name: main
          steps:
          - - name: unreachable
              template: unreachable
              continueOn:
                failed: true
          - - name: after
              template: after
        - name: unreachable
          http:
            url: http://127.0.0.1:%d/health
        """.formatted(closed), script("after"));

    RunReport report = TestRuns.run(manifest, new ScriptedRunner().returns("after", "ran"), home);

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.steps().get("unreachable").phase()).isEqualTo(Phase.FAILED);
    assertThat(report.steps().get("unreachable").message())
        .isEqualTo("Get \"http://127.0.0.1:" + closed + "/health\": dial tcp 127.0.0.1:" + closed + ": connect: connection refused");
    assertThat(report.steps().get("after").result()).isEqualTo("ran");
  }

  @Test
  void aStubbedHttpStepSendsNothing() {
    server.removeContext("/ok");
    ScriptedRunner runner = new ScriptedRunner().step("print", in -> "printed " + in.raw("message"));

    RunReport report = TestRuns.run(helloWorld("url: \"{{inputs.parameters.url}}\"\n"), runner, home,
        request -> request.stub("good", "stubbed").stub("bad", "also stubbed"));

    assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(report.node("good").type()).isEqualTo(NodeType.HTTP);
    assertThat(report.steps().get("print").result()).isEqualTo("printed stubbed");
  }
}
