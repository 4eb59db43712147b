package dev.jera.runner;

import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import dev.jera.runner.json.JsonDecodingException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inputs of one step run: its parameters by input name (as Argo substituted them) and the
 * environment its secrets come from. Generated runners call {@link #decoded},
 * {@link #raw}, {@link #secret} and {@link #artifact}.
 */
public final class StepInputs {
  private final String step;
  private final Map<String, String> parameters;
  private final Map<String, String> environment;
  private final Path artifacts;

  /** Where artifacts live in a step's container; {@code JERA_ARTIFACTS} moves them (the local executor does). */
  public static final String ARTIFACTS_ROOT = "/tmp/jera";

  /** The folder under the artifacts' root where the runner leaves the values of output parameters. */
  public static final String PARAMETERS = "parameters";

  /** The environment variable naming the artifacts' root folder. */
  public static final String ARTIFACTS_VARIABLE = "JERA_ARTIFACTS";

  public StepInputs(String step, Map<String, String> parameters, Map<String, String> environment) {
    this(step, parameters, environment, Path.of(environment.getOrDefault(ARTIFACTS_VARIABLE, ARTIFACTS_ROOT)));
  }

  /** Inputs whose artifacts live under {@code artifacts} ({@code inputs/<name>}, {@code outputs/result}). */
  public StepInputs(String step, Map<String, String> parameters, Map<String, String> environment, Path artifacts) {
    this.step = step;
    this.parameters = Map.copyOf(parameters);
    this.environment = environment;
    this.artifacts = artifacts;
  }

  /** The file (or folder) Argo placed for input artifact {@code name}. */
  public Path artifact(String name) {
    Path file = artifacts.resolve("inputs").resolve(name);
    if (!Files.exists(file)) {
      throw new BadInputException("step '" + step + "': input file '" + name + "' is missing at " + file);
    }
    return file;
  }

  /**
   * The file (or folder) Argo placed for optional input artifact {@code name}, or empty when it was not
   * to be had ({@code optional: true}: Argo runs the step without it).
   */
  public Optional<Path> optionalArtifact(String name) {
    Path file = artifacts.resolve("inputs").resolve(name);
    return Files.exists(file) ? Optional.of(file) : Optional.empty();
  }

  /**
   * Puts the file (or folder) a script returned where Argo collects the output artifact
   * ({@code outputs/result}); the step prints no result. A file in the temporary folder
   * ({@code java.io.tmpdir}) is moved there, as it would go with the step's container; any other is
   * copied, and stays where it is.
   */
  public String storeArtifact(Path returned) throws IOException {
    if (returned == null) {
      throw new IllegalStateException("step '" + step + "' returned no file (null Path)");
    }
    storeArtifact("result", returned);
    return null;
  }

  /**
   * Puts a file (or folder) where Argo collects output artifact {@code name} ({@code outputs/<name>}),
   * as {@link #storeArtifact(Path)} does; a {@code null} leaves none, so the step fails as Argo fails it
   * when an output file is missing.
   */
  public void storeArtifact(String name, Path returned) throws IOException {
    if (returned == null) {
      return;
    }
    Path target = artifacts.resolve("outputs").resolve(plainName(name));
    if (Files.exists(target) && Files.isSameFile(target, returned)) {
      return;
    }
    Files.createDirectories(target.getParent());
    if (temporary(returned, target)) {
      move(returned, target);
    } else {
      copy(returned, target);
    }
  }

  /**
   * Leaves {@code text} as the value of output parameter {@code name} ({@code parameters/<name>}), byte
   * for byte in UTF-8, no newline added; {@code null} leaves none, so Argo takes the output's default.
   */
  public void storeParameter(String name, String text) throws IOException {
    if (text == null) {
      return;
    }
    Path target = artifacts.resolve(PARAMETERS).resolve(plainName(name));
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** An output's name as a file name: the compiler admits only Argo's names, which never leave the folder. */
  private static String plainName(String name) {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("not an output name: '" + name + "'");
    }
    return name;
  }

  /** Whether {@code file} lies in the temporary folder, and does not hold {@code target}. */
  private static boolean temporary(Path file, Path target) throws IOException {
    Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
    Path real = file.toRealPath();
    return real.startsWith(temporary) && !real.equals(temporary) && !target.toAbsolutePath().normalize().startsWith(real);
  }

  /** Moves a file or folder; across file systems, copies it and removes the original. */
  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      copy(from, to);
      delete(from);
    }
  }

  private static void delete(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> children = Files.list(path)) {
        for (Path child : children.toList()) {
          delete(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }

  /** Copies a file, or a folder with everything in it; the local executor stages inputs with it too. */
  public static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    Files.walkFileTree(from, new SimpleFileVisitor<Path>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** The step these inputs are for. */
  public String step() {
    return step;
  }

  /** The raw text of input {@code name}. */
  public String raw(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new BadInputException("step '" + step + "': input '" + name + "' was not supplied");
    }
    return value;
  }

  /** Input {@code name} decoded by {@code codec}: a {@code String} as its raw text, anything else as JSON. */
  public <T> T value(String name, JsonCodec<T> codec) {
    String text = raw(name);
    try {
      return Json.decode(text, codec);
    } catch (JsonDecodingException e) {
      throw new BadInputException(
          "step '" + step + "': input '" + name + "' (" + codec.typeName() + "): " + e.getMessage());
    }
  }

  /**
   * Input {@code name} decoded by {@code codec}, for a generated runner to cast to its parameter's type. Not
   * generic, unlike {@link #value}, so that javac, which compiles a runner per workflow in every build, has
   * nothing to infer for each input.
   */
  public Object decoded(String name, JsonCodec<?> codec) {
    return value(name, codec);
  }

  /** Key {@code key} of Secret {@code secret}, from its environment variable. */
  public String secret(String secret, String key) {
    String variable = SecretEnv.variable(secret, key);
    String value = environment.get(variable);
    if (value == null) {
      throw new BadInputException(
          "step '" + step + "': secret " + secret + "/" + key + " is not set (environment variable "
              + variable + ")");
    }
    return value;
  }
}
