package dev.jera.cli;

import java.io.PrintStream;

/**
 * The {@code jera} command: {@code java -cp <project class path> dev.jera.cli.Jera run NAME …}.
 * See {@link JeraCli} for the commands and exit codes.
 */
public final class Jera {
  private Jera() {}

  /** Runs one command and exits with its code. */
  public static void main(String[] args) {
    PrintStream stdout = System.out;
    // Only the command's own output reaches stdout; anything else printed in this JVM goes to stderr.
    System.setOut(System.err);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    int code = new JeraCli(stdout, System.err, System.getenv(), loader == null ? Jera.class.getClassLoader() : loader,
        System.console() != null).run(args);
    stdout.flush();
    System.err.flush();
    System.exit(code);
  }
}
