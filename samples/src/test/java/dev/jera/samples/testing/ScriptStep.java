package dev.jera.samples.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one script template of a compiled manifest the way Argo's executor does: the template's
 * command and args, its {@code source} with {@code {{inputs.parameters}}} substituted and written to a
 * file whose path is appended to the args. The image's class path is mapped to this build's.
 */
public final class ScriptStep {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode template;

  private ScriptStep(JsonNode template) {
    this.template = template;
  }

  /** The template {@code name} of the manifest {@code META-INF/argo/<workflow>.yaml} on the classpath. */
  public static ScriptStep of(String workflow, String name) {
    try (var in = ScriptStep.class.getClassLoader().getResourceAsStream("META-INF/argo/" + workflow + ".yaml")) {
      if (in == null) {
        throw new IllegalArgumentException("no manifest for workflow " + workflow);
      }
      JsonNode manifest = YAML.readTree(in);
      JsonNode spec = manifest.path("kind").asText().equals("CronWorkflow") ? manifest.path("spec").path("workflowSpec") : manifest.path("spec");
      for (JsonNode template : spec.path("templates")) {
        if (template.path("name").asText().equals(name)) {
          return new ScriptStep(template);
        }
      }
      throw new IllegalArgumentException("no template " + name + " in " + workflow);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template's {@code command} followed by its {@code args}, exactly as the manifest writes them. */
  public List<String> argv() {
    List<String> argv = new ArrayList<>();
    template.path("script").path("command").forEach(part -> argv.add(part.asText()));
    template.path("script").path("args").forEach(part -> argv.add(part.asText()));
    return argv;
  }

  /** What a run printed and how it exited. */
  public record Outcome(int exitCode, String stdout, String stderr) {
    /** Argo's outputs.result: stdout with one trailing newline trimmed. */
    public String result() {
      return stdout.endsWith("\n") ? stdout.substring(0, stdout.length() - 1) : stdout;
    }
  }

  /** Runs with the given input values by name, as the step's arguments would give them. */
  public Outcome run(Map<String, String> inputs, Map<String, String> env) {
    ArrayNode parameters = JSON.createArrayNode();
    for (JsonNode input : template.path("inputs").path("parameters")) {
      String name = input.path("name").asText();
      ObjectNode parameter = parameters.addObject().put("name", name);
      if (inputs.containsKey(name)) {
        parameter.put("value", inputs.get(name));
      } else if (input.has("value")) {
        parameter.put("value", input.path("value").asText());
      }
    }
    String source = template.path("script").path("source").asText();
    return runWithSource(source.replace("{{inputs.parameters}}", parameters.toString()), env);
  }

  /** Runs with exactly this text in the script file, e.g. a malformed one; leaves no file behind. */
  public Outcome runWithSource(String source, Map<String, String> env) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("argo-staging-");
      Path file = folder.resolve("script");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      for (JsonNode part : template.path("script").path("command")) {
        command.add(part.asText().equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java").toString() : part.asText());
      }
      List<String> args = new ArrayList<>();
      template.path("script").path("args").forEach(arg -> args.add(arg.asText()));
      int cp = args.indexOf("-cp");
      args.set(cp + 1, System.getProperty("java.class.path"));
      command.addAll(args);
      command.add(file.toString());
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> environment = new LinkedHashMap<>(env);
      builder.environment().putAll(environment);
      Path out = folder.resolve("stdout");
      Path err = folder.resolve("stderr");
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the step did not finish within a minute");
      }
      return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + folder, e);
    }
  }
}
