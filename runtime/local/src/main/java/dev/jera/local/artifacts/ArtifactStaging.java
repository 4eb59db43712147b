package dev.jera.local.artifacts;

import dev.jera.local.manifest.InputArtifact;
import dev.jera.local.manifest.ManifestNames;
import dev.jera.local.manifest.OutputArtifact;
import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.values.Advice;
import dev.jera.local.values.CallProblem;
import dev.jera.local.values.Variables;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one call of a pod template, in its artifacts root ({@code steps/<step>/[<index>/]artifacts/}
 * in the run's record): each input artifact at {@code inputs/<name>}, each output artifact at
 * {@code outputs/<name>}. Inputs are resolved when the call is prepared (a copy the user gave with
 * {@code --artifact} wins, then the task's argument, then the template's own location) and placed
 * afresh before every attempt, on the attempt's worker; outputs are checked after a succeeded attempt
 * and kept in the record.
 */
public final class ArtifactStaging {
  private final List<Input> inputs;
  private final List<OutputArtifact> outputs;

  /** One input, resolved. */
  private record Input(String name, boolean optional, ArtifactSource source) {}

  private ArtifactStaging(List<Input> inputs, List<OutputArtifact> outputs) {
    this.inputs = List.copyOf(inputs);
    this.outputs = List.copyOf(outputs);
  }

  /**
   * Resolves the input files of {@code step}'s call of {@code template}.
   *
   * @param arguments the task's argument artifacts
   * @param given local copies the user gave for this step, by input name
   * @param variables the call's variables, for {@code from} and locations
   * @param advice how the user gives a local copy, for the message of one the run cannot fetch
   * @param repository the files earlier steps of the run stored at keys of the artifact repository, by
   *     {@code s3:key}: an input at such a key reads that file, as on Argo
   * @throws CallProblem when an input cannot be had, as Argo's step would end in Error
   */
  public static ArtifactStaging resolve(String step, PodTemplate template, List<InputArtifact> arguments, Map<String, Path> given,
      Variables variables, Advice advice, Map<String, Path> repository) {
    Map<String, InputArtifact> byName = new LinkedHashMap<>();
    arguments.forEach(argument -> byName.put(argument.name(), argument));
    List<Input> inputs = new ArrayList<>();
    for (InputArtifact input : template.inputArtifacts()) {
      Path copy = given.get(input.name());
      if (copy != null) {
        inputs.add(new Input(input.name(), input.optional(), new ArtifactSource.Copy(copy)));
        continue;
      }
      InputArtifact argument = byName.get(input.name());
      InputArtifact.Location location = argument != null && argument.location() != null ? argument.location() : input.location();
      ArtifactSource source = source(step, input, location, variables, advice, repository);
      if (source != null) {
        inputs.add(new Input(input.name(), input.optional(), source));
      }
    }
    return new ArtifactStaging(inputs, template.outputArtifacts());
  }

  private static ArtifactSource source(String step, InputArtifact input, InputArtifact.Location location, Variables variables,
      Advice advice, Map<String, Path> repository) {
    if (location == null) {
      if (input.optional()) {
        return null;
      }
      throw new CallProblem("inputs.artifacts." + input.name() + " was not supplied");
    }
    if (location instanceof InputArtifact.From from) {
      Path file = referenced(input, from, variables);
      return file == null ? null : new ArtifactSource.Copy(file);
    }
    if (location instanceof InputArtifact.Http) {
      InputArtifact.Http http = (InputArtifact.Http) location;
      Map<String, String> headers = new LinkedHashMap<>();
      http.headers().forEach((name, value) -> headers.put(name, variables.substitute(value == null ? "" : value)));
      return new ArtifactSource.Download(variables.substitute(http.url()), headers);
    }
    if (location instanceof InputArtifact.Git) {
      InputArtifact.Git git = (InputArtifact.Git) location;
      return new ArtifactSource.Clone(variables.substitute(git.repo()), variables.substitute(git.revision()), git.depth());
    }
    if (location instanceof InputArtifact.Raw) {
      return new ArtifactSource.Text(variables.substitute(((InputArtifact.Raw) location).data()));
    }
    InputArtifact.Remote remote = (InputArtifact.Remote) location;
    if (remote.repositoryKey() != null) {
      Path stored = repository.get(variables.substitute(remote.repositoryKey()));
      if (stored != null) {
        return new ArtifactSource.Copy(stored);
      }
    }
    if (input.optional()) {
      return null;
    }
    throw new CallProblem("input file '" + input.name() + "' is in " + remote.store() + " (" + remote.description()
        + "), which the local executor does not fetch; give a local copy with " + advice.artifact(step, input.name()));
  }

  /**
   * The file or folder {@code subPath} (its tags substituted) inside {@code file}, as Argo hands over the
   * part of an artifact at that sub-path; the whole file without one. A sub-path that a tag made absolute
   * or climbing out with {@code ..} is refused, as it would name a file outside the artifact.
   */
  /**
   * The file an input's {@code from} names, resolved in {@code variables} (its {@code subPath} within it); {@code null}
   * for an optional input whose reference does not resolve.
   *
   * @throws CallProblem when a required input's reference does not resolve, or its sub-path leaves the file
   */
  public static Path referenced(InputArtifact input, InputArtifact.From from, Variables variables) {
    String path = variables.substitute(from.expression());
    if (path.contains("{{")) {
      if (input.optional()) {
        return null;
      }
      throw new CallProblem.Reference("Unable to resolve: " + from.expression());
    }
    return part(Path.of(path), from.subPath(), variables);
  }

  private static Path part(Path file, String subPath, Variables variables) {
    if (subPath == null) {
      return file;
    }
    String substituted = variables.substitute(subPath);
    String problem = ManifestNames.subPath(substituted).orElse(null);
    if (problem != null) {
      throw new CallProblem("subPath " + problem);
    }
    Path part = file.resolve(substituted).normalize();
    if (!part.startsWith(file.normalize())) {
      throw new CallProblem("subPath '" + substituted + "' names a file outside the artifact");
    }
    return part;
  }

  /** {@code inputs.artifacts.<name>.path} and {@code outputs.artifacts.<name>.path}: where they are locally. */
  public static Map<String, String> pathVariables(PodTemplate template, Path root) {
    Map<String, String> paths = new LinkedHashMap<>();
    template.inputArtifacts().forEach(input ->
        paths.put("inputs.artifacts." + input.name() + ".path", input(root, input.name()).toString()));
    template.outputArtifacts().forEach(output ->
        paths.put("outputs.artifacts." + output.name() + ".path", output(root, output.name()).toString()));
    return paths;
  }

  /**
   * Empties {@code root} and places every input in it; called on the attempt's worker.
   *
   * @return why an input could not be placed, or {@code null}
   */
  public String place(Path root) throws InterruptedException {
    try {
      delete(root);
      Files.createDirectories(root);
      if (!inputs.isEmpty()) {
        Files.createDirectories(root.resolve("inputs"));
      }
      if (!outputs.isEmpty()) {
        Files.createDirectories(root.resolve("outputs"));
      }
    } catch (IOException e) {
      return "cannot prepare " + root + ": " + e;
    }
    for (Input input : inputs) {
      try {
        input.source().placeAt(input(root, input.name()));
      } catch (ArtifactSource.Unavailable e) {
        if (!input.optional()) {
          return "cannot place input file '" + input.name() + "': " + e.getMessage();
        }
      }
    }
    return null;
  }

  /** Why a succeeded attempt did not leave a declared output, or {@code null}. */
  public String missingOutput(Path root) {
    for (OutputArtifact output : outputs) {
      Path file = output(root, output.name());
      if (!output.optional() && !Files.exists(file)) {
        return "failed to save outputs: output file '" + output.name() + "' was not written at " + file;
      }
    }
    return null;
  }

  /** The outputs a succeeded attempt left, by name. */
  public Map<String, Path> outputs(Path root) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (OutputArtifact output : outputs) {
      Path file = output(root, output.name());
      if (Files.exists(file)) {
        files.put(output.name(), file);
      }
    }
    return files;
  }

  /** The outputs a succeeded attempt left at keys of the artifact repository, by {@code s3:key} (tags substituted). */
  public Map<String, Path> repositoryFiles(Path root, Variables variables) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (OutputArtifact output : outputs) {
      Path file = output(root, output.name());
      if (output.repositoryKey() != null && Files.exists(file)) {
        files.put(variables.substitute(output.repositoryKey()), file);
      }
    }
    return files;
  }

  /**
   * For each output a succeeded attempt left whose manifest names a store: that it stays in the record
   * here, and where Argo would have stored it (its location's tags substituted with the call's variables).
   */
  public List<String> keptInsteadOfStored(Path root, Variables variables) {
    List<String> notes = new ArrayList<>();
    for (OutputArtifact output : outputs) {
      Path file = output(root, output.name());
      if (output.destination() != null && Files.exists(file)) {
        notes.add("output file '" + output.name() + "' is kept in the run's record at " + file
            + "; on Argo it is stored in " + variables.substitute(output.destination()));
      }
    }
    return notes;
  }

  private static Path input(Path root, String name) {
    return root.resolve("inputs").resolve(name);
  }

  private static Path output(Path root, String name) {
    return root.resolve("outputs").resolve(name);
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<Path>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
