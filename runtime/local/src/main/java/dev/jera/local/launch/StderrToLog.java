package dev.jera.local.launch;

import dev.jera.local.values.SecretMask;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Sends a step process's stderr to the end of its log: straight through the file system when the run
 * has no secret to mask, else through a thread that masks them ({@link SecretMask}) on the way.
 */
final class StderrToLog {
  private final Path log;
  private final SecretMask mask;
  private Process process;
  private Thread pump;
  private SecretMask.MaskingStream masked;

  private StderrToLog(Path log, SecretMask mask) {
    this.log = log;
    this.mask = mask;
  }

  /** Directs the stderr of the process {@code builder} will start to {@code log}; call {@link #started} then. */
  static StderrToLog prepare(ProcessBuilder builder, Path log, SecretMask mask) {
    builder.redirectError(mask.isEmpty() ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.PIPE);
    return new StderrToLog(log, mask);
  }

  /** The process has started: its stderr flows to the log. */
  void started(Process started) throws IOException {
    if (mask.isEmpty()) {
      return;
    }
    process = started;
    masked = mask.filter(new FileOutputStream(log.toFile(), true));
    pump = new Thread(() -> {
      try {
        process.getErrorStream().transferTo(masked);
      } catch (IOException e) {
        // The stream was closed because the process ended and its children kept it open.
      }
    }, "jera-stderr-" + started.pid());
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * The process has ended: waits a little for the rest of its stderr (which a child it left may hold
   * open), then writes what is held back to the log. Nothing reaches the log afterwards.
   */
  void ended() throws InterruptedException {
    if (pump == null) {
      return;
    }
    pump.join(2000);
    if (pump.isAlive()) {
      close(process.getErrorStream());
      pump.join(1000);
    }
    close(masked);
    pump = null;
  }

  private static void close(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // The log keeps what reached it.
    }
  }

  private static void close(InputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // The pump ends all the same.
    }
  }
}
