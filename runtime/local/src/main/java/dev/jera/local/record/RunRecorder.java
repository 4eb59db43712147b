package dev.jera.local.record;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.jera.local.values.SecretMask;
import dev.jera.runner.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes a run's record: {@code steps/<step>/log} (every attempt, in order), {@code steps/<step>/result},
 * {@code steps/<step>/inputs.json} in isolated mode, the same under {@code steps/<step>/<index>/} for the
 * items of a loop, {@code run.json} first (what runs, and in which process) and {@code summary.json} last,
 * written to a temporary file and renamed so that a crash never leaves half a summary.
 */
public final class RunRecorder {
  static final String SUMMARY = "summary.json";
  static final String START = "run.json";

  private final Path folder;
  private final SecretMask mask;

  /** Records in {@code folder}, masking the values of the run's secrets in its logs and results. */
  public RunRecorder(Path folder, SecretMask mask) {
    this.folder = folder;
    this.mask = mask;
    createDirectories(folder.resolve("steps"));
  }

  public Path folder() {
    return folder;
  }

  /** The folder of step {@code name}, created. */
  public Path stepFolder(String name) {
    return createDirectories(folder.resolve("steps").resolve(name));
  }

  /**
   * The folder of step {@code name} of a graph whose steps' folders go in {@code steps} (a nested graph's
   * are under its calling step's), or of the run's graph for {@code null}; created.
   */
  public Path stepFolder(Path steps, String name) {
    return steps == null ? stepFolder(name) : createDirectories(steps.resolve(name));
  }

  /** The folder of the exit hook of the step (or item) whose folder is {@code stepFolder}, created. */
  public Path hookFolder(Path stepFolder) {
    return createDirectories(stepFolder.resolve("onExit"));
  }

  /** The folder of item {@code index} of the loop whose folder is {@code parent}, created. */
  public Path itemFolder(Path parent, int index) {
    return createDirectories(parent.resolve(Integer.toString(index)));
  }

  /** Where a step's output goes. */
  public static Path log(Path stepFolder) {
    return stepFolder.resolve("log");
  }

  public void appendLog(Path stepFolder, String line) {
    write(log(stepFolder), mask.apply(line) + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  public void result(Path stepFolder, String result) {
    write(stepFolder.resolve("result"), mask.apply(result), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
  }

  /**
   * Writes {@code run.json}: the run's workflow, name, id and start, and the id and start of the process
   * running it, so that a record without a summary tells a run still going from one whose process died.
   */
  public void started(String workflow, String name, String id, Instant startedAt) {
    ProcessHandle self = ProcessHandle.current();
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("workflow", workflow);
      json.writeStringField("name", name);
      json.writeStringField("id", id);
      json.writeStringField("startedAt", startedAt.truncatedTo(ChronoUnit.MILLIS).toString());
      json.writeNumberField("pid", self.pid());
      json.writeStringField("processStartedAt", self.info().startInstant().map(Instant::toString).orElse(null));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(folder.resolve(START), out + System.lineSeparator(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Writes {@code summary.json} through a temporary file and a rename. */
  public void summary(String json) {
    Path temporary = folder.resolve(SUMMARY + ".tmp");
    write(temporary, json, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    try {
      try {
        Files.move(temporary, folder.resolve(SUMMARY), StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, folder.resolve(SUMMARY), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(SUMMARY), e);
    }
  }

  private static void write(Path file, String text, StandardOpenOption... options) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static Path createDirectories(Path path) {
    try {
      return Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + path, e);
    }
  }
}
