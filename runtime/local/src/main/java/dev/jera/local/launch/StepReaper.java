package dev.jera.local.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes sure no step process outlives the JVM that started it, even one killed with {@code kill -9},
 * when no shutdown hook runs. A small JVM of its own, started with the first step process, is told the
 * id of every step process while it runs, through its standard input; when that input ends, which the
 * operating system does when the JVM that holds its other end is gone however it went, it kills every
 * process it was told of and not yet told is over, with all their descendants, and exits. A process is
 * known by its id and start time, so an id the system has since given to another process is left alone.
 */
public final class StepReaper {
  private static OutputStream lifeline;
  private static boolean unavailable;

  private StepReaper() {}

  /**
   * Starts the reaper unless it runs already: before a step process starts, so the step is never without
   * one.
   */
  static synchronized void prepare() {
    if (lifeline == null && !unavailable) {
      try {
        lifeline = start();
      } catch (IOException | RuntimeException e) {
        unavailable = true;
      }
    }
  }

  /** Tells the reaper that {@code process} runs. */
  static synchronized void watch(Process process) {
    tell("+ " + process.pid() + " " + started(process.toHandle()));
  }

  /** Tells the reaper that {@code process} is over. */
  static synchronized void forget(Process process) {
    if (lifeline != null) {
      tell("- " + process.pid());
    }
  }

  private static void tell(String line) {
    prepare();
    if (unavailable) {
      return;
    }
    try {
      lifeline.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      lifeline.flush();
    } catch (IOException e) {
      // No reaper: step processes are still killed on a timeout, an interruption and a normal exit.
      unavailable = true;
    }
  }

  private static OutputStream start() throws IOException {
    Process reaper = new ProcessBuilder(IsolatedLauncher.runningJava(), "-Xmx16m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-cp", ownClassPath(),
        StepReaper.class.getName())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    return reaper.getOutputStream();
  }

  /** Where this class was loaded from: all the reaper needs besides the JDK. */
  private static String ownClassPath() {
    try {
      return Path.of(StepReaper.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException | RuntimeException e) {
      return System.getProperty("java.class.path", "") + File.pathSeparator;
    }
  }

  private static String started(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toString).orElse("-");
  }

  /**
   * The reaper: reads {@code + PID START} and {@code - PID} lines until its input ends, then kills what
   * is left.
   */
  public static void main(String[] args) throws IOException {
    Map<Long, String> running = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] parts = line.split(" ");
        if (parts.length == 3 && parts[0].equals("+")) {
          running.put(Long.parseLong(parts[1]), parts[2]);
        } else if (parts.length == 2 && parts[0].equals("-")) {
          running.remove(Long.parseLong(parts[1]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The input broke rather than ended: its writer is gone all the same.
    }
    running.forEach((pid, start) -> ProcessHandle.of(pid)
        .filter(process -> started(process).equals(start))
        .ifPresent(StepReaper::killTree));
  }

  /**
   * Kills {@code process} and its descendants, listed first: once it is gone they have another parent
   * and cannot be found through it.
   */
  private static void killTree(ProcessHandle process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }
}
