package dev.jera.runner.testing;

import dev.jera.runner.RunnerMain;
import dev.jera.runner.StepInputs;
import dev.jera.runner.StepRunner;
import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A runner written by hand for tests that run in either mode (its {@code main} serves JVMs of their
 * own): echoes, environment variables, files in and out, marks in a shared log, a long sleep and an HTTP
 * server that runs until it is stopped (a daemon).
 */
public final class ToolRunner implements StepRunner {

  public static void main(String[] args) {
    RunnerMain.main(new ToolRunner(), args);
  }

  @Override
  public List<String> steps() {
    return List.of("echo", "env", "write", "write-folder", "read", "mark", "sleep", "fail-then-sleep", "nap", "exit",
        "big", "parse-secret", "reveal", "serve");
  }

  @Override
  public String run(String step, StepInputs inputs) throws Throwable {
    switch (step) {
      case "echo":
        return inputs.raw("text");
      case "env": {
        List<String> pairs = new ArrayList<>();
        for (String name : inputs.raw("names").split(" ")) {
          pairs.add(name + "=" + System.getenv(name));
        }
        return String.join(",", pairs);
      }
      case "write": {
        Path file = Files.createTempFile("jera-tool-", ".txt");
        Files.writeString(file, inputs.raw("text"), StandardCharsets.UTF_8);
        return inputs.storeArtifact(file);
      }
      case "write-folder": {
        Path folder = Files.createTempDirectory("jera-tool-");
        Files.writeString(folder.resolve("a.txt"), "A", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub").resolve("b.txt"), inputs.raw("text"), StandardCharsets.UTF_8);
        return inputs.storeArtifact(folder);
      }
      case "read":
        return read(inputs.artifact("file"));
      case "mark": {
        Path log = Path.of(inputs.raw("log"));
        append(log, "start " + inputs.raw("name"));
        Thread.sleep(50);
        append(log, "end " + inputs.raw("name"));
        return inputs.raw("name");
      }
      case "sleep":
        Thread.sleep(60_000);
        return "woke up";
      case "fail-then-sleep":
        // The first attempt ({{retries}} 0) fails at once, every later one sleeps a minute.
        if (inputs.raw("attempt").equals("0")) {
          throw new IllegalStateException("first attempt fails");
        }
        Thread.sleep(60_000);
        return "woke up";
      case "nap":
        Thread.sleep(Long.parseLong(inputs.raw("millis")));
        return "rested";
      case "parse-secret":
        return Integer.toString(Integer.parseInt(inputs.secret("vault", "token")));
      case "reveal": {
        String token = inputs.secret("vault", "token");
        System.err.println("the token is " + token + ", as JSON {\"token\": " + Json.encode(token, Codecs.STRING) + "}");
        System.out.println("user output goes to the log too: " + token);
        return "{\"token\": " + Json.encode(token, Codecs.STRING) + "}";
      }
      case "serve": {
        // A daemon: answers GET / with "served" on the given port of 127.0.0.1 until it is stopped.
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(inputs.raw("port"))), 0);
        server.createContext("/", exchange -> {
          byte[] body = "served".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
        server.start();
        Thread.sleep(Long.MAX_VALUE);
        return "never";
      }
      case "big":
        return "x".repeat(Integer.parseInt(inputs.raw("bytes")));
      case "exit":
        return exit(inputs.raw("how"), Integer.parseInt(inputs.raw("code")));
      default:
        throw new IllegalArgumentException("no step named " + step);
    }
  }

  /** Ends the JVM the way {@code how} says, as a misbehaving step would; returns only where exits do. */
  private static String exit(String how, int code) throws InterruptedException {
    System.err.println("about to end the JVM with " + code);
    switch (how) {
      case "system":
        System.exit(code);
        break;
      case "runtime":
        Runtime.getRuntime().exit(code);
        break;
      case "halt":
        Runtime.getRuntime().halt(code);
        break;
      case "thread": {
        Thread thread = new Thread(() -> System.exit(code));
        thread.start();
        thread.join();
        Thread.sleep(60_000);
        break;
      }
      case "swallowed":
        try {
          System.exit(code);
        } catch (Throwable e) {
          // A step that catches everything still ends where it asked to.
        }
        Thread.sleep(60_000);
        break;
      default:
        throw new IllegalArgumentException("no way to exit named " + how);
    }
    return "still running";
  }

  /** A file's text, or a folder's files as {@code path=text} in order (git's own files left out). */
  private static String read(Path file) throws IOException {
    if (!Files.isDirectory(file)) {
      return Files.readString(file, StandardCharsets.UTF_8);
    }
    List<String> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(file)) {
      for (Path each : files.filter(Files::isRegularFile).filter(f -> !file.relativize(f).startsWith(".git")).sorted().toList()) {
        entries.add(file.relativize(each).toString().replace('\\', '/') + "=" + Files.readString(each, StandardCharsets.UTF_8));
      }
    }
    return String.join(",", entries);
  }

  private static synchronized void append(Path log, String line) throws IOException {
    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Override
  public JsonCodec<?> resultCodec(String step) {
    return step.startsWith("write") || step.equals("sleep") ? null : Codecs.STRING;
  }
}
