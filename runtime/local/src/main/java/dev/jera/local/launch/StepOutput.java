package dev.jera.local.launch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the output of steps that run in this JVM apart: once installed, {@code System.out} and
 * {@code System.err} write to the log of the step the current thread runs (threads a step starts
 * inherit its log), and to the streams that were there before for every other thread.
 */
public final class StepOutput {
  private static final InheritableThreadLocal<OutputStream> TARGET = new InheritableThreadLocal<>();
  private static boolean installed;

  private StepOutput() {}

  /** Replaces {@code System.out} and {@code System.err} by routing streams; later calls do nothing. */
  public static synchronized void install() {
    if (installed) {
      return;
    }
    System.setOut(new PrintStream(new Router(System.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Router(System.err), true, StandardCharsets.UTF_8));
    installed = true;
  }

  /** Sends what the current thread (and threads it starts) prints to {@code log}. */
  static void routeTo(OutputStream log) {
    TARGET.set(log);
  }

  /** Sends the current thread's output back to the original streams. */
  static void unroute() {
    TARGET.remove();
  }

  /** Writes to the current thread's log, or to the original stream. */
  private static final class Router extends OutputStream {
    private final OutputStream fallback;

    Router(OutputStream fallback) {
      this.fallback = fallback;
    }

    private OutputStream target() {
      OutputStream target = TARGET.get();
      return target == null ? fallback : target;
    }

    @Override
    public void write(int b) throws IOException {
      target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      target().write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      target().flush();
    }
  }
}
