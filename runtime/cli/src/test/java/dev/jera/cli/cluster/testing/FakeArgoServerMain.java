package dev.jera.cli.cluster.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link FakeArgoServer} as a process of its own, for builds that run in other JVMs (the Maven plugin's
 * integration tests): {@code java … FakeArgoServerMain DIR [--namespace NS] [--parent PID] [--fail STEP=MESSAGE]…}.
 *
 * <p>It starts the server (TLS with a certificate made now, the bearer token {@link FakeArgoServer#TOKEN}) and
 * writes its {@code host:port} to {@code DIR/address}. Once {@code DIR/stop} appears, it writes what happened to
 * {@code DIR}: {@code requests.txt} (each request's method and target, {@code (unauthorized)} after one without
 * the token), {@code violations.txt} (requests and answers that broke the API contract, one a line; {@code
 * unchecked} alone when the swagger was not there to check against) and {@code resources.json} (the templates,
 * CronWorkflows and Workflows it holds, by kind), then {@code done}, and ends. It also ends, writing the same, when
 * process {@code --parent} ends or after ten minutes, so that it never outlives the build that started it.
 */
public final class FakeArgoServerMain {
  private static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final List<String> KINDS = List.of("WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow", "Workflow");

  private FakeArgoServerMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 0) {
      System.err.println("usage: FakeArgoServerMain DIR [--namespace NS] [--parent PID] [--fail STEP=MESSAGE]...");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    String namespace = "argo";
    Long parent = null;
    try (FakeArgoServer server = FakeArgoServer.start()) {
      for (int i = 1; i < args.length; i += 2) {
        String value = args[i + 1];
        switch (args[i]) {
          case "--namespace":
            namespace = value;
            break;
          case "--parent":
            parent = Long.parseLong(value);
            break;
          case "--fail":
            server.script(value.substring(0, value.indexOf('='))).failure = value.substring(value.indexOf('=') + 1);
            break;
          default:
            throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      write(dir.resolve("address"), server.address() + "\n");
      System.out.println(server.address());
      Instant end = Instant.now().plus(LIFETIME);
      while (!Files.exists(dir.resolve("stop")) && Instant.now().isBefore(end) && alive(parent)) {
        Thread.sleep(100);
      }
      report(server, dir, namespace);
    }
    write(dir.resolve("done"), "");
  }

  private static boolean alive(Long pid) {
    return pid == null || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static void report(FakeArgoServer server, Path dir, String namespace) throws IOException {
    List<String> requests = new ArrayList<>();
    for (FakeArgoServer.Received received : server.received()) {
      requests.add(received.method() + " " + received.target() + (received.authorized() ? "" : " (unauthorized)"));
    }
    write(dir.resolve("requests.txt"), lines(requests));
    List<String> violations = new ArrayList<>(server.violations());
    if (!server.validating()) {
      violations.add(0, "unchecked");
    }
    write(dir.resolve("violations.txt"), lines(violations));
    ObjectNode resources = FakeCluster.JSON.createObjectNode();
    for (String kind : KINDS) {
      ArrayNode all = resources.putArray(kind);
      server.resources(kind, kind.equals("ClusterWorkflowTemplate") ? null : namespace).forEach(all::add);
    }
    write(dir.resolve("resources.json"), resources.toPrettyString());
  }

  private static String lines(List<String> lines) {
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** Writes {@code file} whole or not at all, so a reader polling for it never reads half of it. */
  private static void write(Path file, String text) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
