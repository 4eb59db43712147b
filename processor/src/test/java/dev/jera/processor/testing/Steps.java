package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import dev.jera.runner.RunnerMain;
import dev.jera.runner.StepRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Runs a step of a compiled runner as its container would: {@code java Runner STEP INPUTS-FILE}. */
public final class Steps {
  private Steps() {}

  /** What one run printed, and its exit code. */
  public record Run(int code, String out, String err) {}

  public static StepRunner runner(Compilation compilation, String runnerClass) {
    try {
      ClassLoader loader = new CompiledClasses(compilation, Steps.class.getClassLoader());
      return (StepRunner) loader.loadClass(runnerClass).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot create " + runnerClass, e);
    }
  }

  /** Runs {@code step} with the inputs file {@code inputsJson}, written to {@code folder}. */
  public static Run run(Compilation compilation, String runnerClass, String step, Path folder, String inputsJson) {
    try {
      Path inputs = Files.writeString(folder.resolve("inputs-" + step + ".json"), inputsJson, StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = RunnerMain.run(runner(compilation, runnerClass), new String[] {step, inputs.toString()},
          new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
          Map.of());
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
