package dev.jera.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code jera} command in a JVM of its own: {@code java [jvm args] @argfile dev.jera.cli.Jera ARGS},
 * the argument file holding the class path: the project's run-time one, then the command's own jars
 * ({@link CommandClassPath}).
 *
 * <p>Why a JVM of its own rather than Maven's: the commands load the project's classes and call its steps,
 * and a step may call {@code System.exit}, leak threads or change global state, none of which may reach
 * Maven; the project's own jera-runner (the one its runners were compiled against) runs; {@code --isolated}
 * starts each step's JVM with this JVM's class path, which is then the project's and the command's (under
 * Maven's JVM it would be Maven's); and JVM flags can be set. The cost is one JVM start.
 *
 * <p>Output is copied line by line to Maven's stdout (so it also reaches a Maven daemon's client), progress and
 * results in the order the command wrote them; only where stdout must hold nothing but the command's output
 * (JSON) does stderr stay apart. A {@code jera: …} line on stderr is held back until another line follows: when
 * the command fails, that last line is the error, reported once, as the build's failure message.
 */
final class JeraProcess {
  static final String MAIN_CLASS = "dev.jera.cli.Jera";

  /**
   * How the command ended.
   *
   * @param code its exit code
   * @param error the {@code jera: …} line it ended with on stderr, not printed, or null
   * @param lastOut the last non-blank line on stdout (with stderr, unless apart), or null
   * @param lastErr the last non-blank line on stderr when apart, or null
   */
  record Ended(int code, String error, String lastOut, String lastErr) {}

  private final String java;
  private final List<String> jvmArgs;
  private final List<String> classPath;
  private final Path workingDirectory;
  private final Map<String, String> environment;

  /**
   * @param environment variables set in the command's environment over Maven's, such as {@code ARGO_TOKEN}: a
   *     value given there is seen by the command alone, never on its command line
   */
  JeraProcess(String java, List<String> jvmArgs, List<String> classPath, Path workingDirectory,
      Map<String, String> environment) {
    this.java = java;
    this.jvmArgs = List.copyOf(jvmArgs);
    this.classPath = List.copyOf(classPath);
    this.workingDirectory = workingDirectory;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Runs {@code jera ARGS} to its end, its stdout going to {@code out} and its stderr to {@code err} if
   * {@code apart}, else to {@code out} too.
   */
  Ended run(List<String> args, PrintStream out, PrintStream err, boolean apart) throws IOException, InterruptedException {
    Path argFile = Files.createTempFile("jera-classpath-", ".args");
    try {
      Files.writeString(argFile, "-cp " + quoted(String.join(File.pathSeparator, classPath)) + "\n",
          StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(java);
      command.addAll(jvmArgs);
      command.add("@" + argFile);
      command.add(MAIN_CLASS);
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(!apart);
      builder.environment().putAll(environment);
      Process process = builder.start();
      process.getOutputStream().close();
      // Ctrl-C on Maven stops the command and, with --isolated, the steps' JVMs it started.
      Thread stopper = new Thread(() -> {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
      }, "jera-stop");
      Runtime.getRuntime().addShutdownHook(stopper);
      try {
        Copy stdout = new Copy(process.getInputStream(), out, !apart);
        Copy stderr = new Copy(process.getErrorStream(), err, true);
        Thread outThread = start(stdout, "jera-stdout");
        Thread errThread = apart ? start(stderr, "jera-stderr") : null;
        int code = process.waitFor();
        outThread.join();
        if (errThread != null) {
          errThread.join();
        }
        Copy errors = apart ? stderr : stdout;
        if (errors.held != null && code == 0) {
          errors.to.println(errors.held);
          errors.held = null;
        }
        return new Ended(code, errors.held, stdout.last, apart ? stderr.last : null);
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running: it stops the process.
        }
      }
    } finally {
      Files.deleteIfExists(argFile);
    }
  }

  /** An argument file's quoting: backslashes and quotes escaped (Windows paths have backslashes). */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Thread start(Runnable copy, String name) {
    Thread thread = new Thread(copy, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Copies one stream line by line, remembering its last line and, if {@code holdErrors}, holding back {@code jera:} lines. */
  private static final class Copy implements Runnable {
    private final InputStream in;
    private final PrintStream to;
    private final boolean holdErrors;
    private volatile String last;
    private volatile String held;

    Copy(InputStream in, PrintStream to, boolean holdErrors) {
      this.in = in;
      this.to = to;
      this.holdErrors = holdErrors;
    }

    @Override
    public void run() {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (held != null) {
            to.println(held);
            held = null;
          }
          if (!line.isBlank()) {
            last = line;
          }
          if (holdErrors && line.startsWith("jera: ")) {
            held = line;
          } else {
            to.println(line);
          }
        }
      } catch (IOException e) {
        // The pipe broke: the command was stopped, and its exit code says so.
      } finally {
        to.flush();
      }
    }
  }
}
