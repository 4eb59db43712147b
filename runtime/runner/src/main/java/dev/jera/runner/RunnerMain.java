package dev.jera.runner;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code main} of every generated runner, as Argo runs it in the step's container:
 * {@code java … <Runner> <step> <inputs-file>}, where Argo appends the inputs file (the script's
 * {@code source}, {@code {{inputs.parameters}}} substituted) to the arguments. A member of a container
 * set, a container with no {@code source}, is given its inputs' JSON list itself as that argument
 * ({@code [...]}: no inputs file's path starts with a bracket).
 *
 * <p>Only the result reaches stdout, which Argo keeps as {@code outputs.result}; everything the user's
 * code prints goes to stderr. Exit codes: 0 done, 1 the method threw (stack trace on stderr), 2 bad
 * usage or input (one line on stderr, nothing on stdout).
 */
public final class RunnerMain {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  private RunnerMain() {}

  /** Runs and exits the JVM with the exit code. */
  public static void main(StepRunner runner, String[] args) {
    PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    int code = run(runner, args, stdout, System.err, System.getenv());
    stdout.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs one step, writing the result to {@code stdout} and diagnostics to {@code stderr}; returns the
   * exit code. {@code System.out} points at {@code stderr} while the user's code runs.
   */
  public static int run(
      StepRunner runner, String[] args, PrintStream stdout, PrintStream stderr, Map<String, String> env) {
    if (args.length != 2) {
      stderr.println("jera: usage: <runner> STEP INPUTS-FILE|INPUTS-JSON (steps: " + String.join(", ", runner.steps()) + ")");
      return BAD_INPUT;
    }
    String step = args[0];
    if (!runner.steps().contains(step)) {
      stderr.println("jera: unknown step '" + step + "'" + StepNameHint.of(step, runner.steps())
          + " (steps: " + String.join(", ", runner.steps()) + ")");
      return BAD_INPUT;
    }
    String result;
    PrintStream userOut = System.out;
    try {
      boolean inline = args[1].startsWith("[");
      Map<String, String> parameters =
          InputFile.parse(inline ? args[1] : read(args[1]), inline ? "the inputs argument" : args[1]);
      System.setOut(stderr);
      result = runner.run(step, new StepInputs(step, parameters, env));
    } catch (BadInputException e) {
      stderr.println("jera: " + e.getMessage());
      return BAD_INPUT;
    } catch (Throwable e) {
      e.printStackTrace(stderr);
      return FAILED;
    } finally {
      System.setOut(userOut);
    }
    if (result != null) {
      // Argo trims one trailing newline from outputs.result, so the text arrives intact.
      stdout.print(result);
      stdout.print('\n');
    }
    return OK;
  }

  private static String read(String file) {
    try {
      if (file.equals("-")) {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("inputs file " + file + " does not exist");
    } catch (IOException e) {
      throw new BadInputException("cannot read inputs file " + file + ": " + e.getMessage());
    }
  }
}
