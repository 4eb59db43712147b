package dev.jera.local.testing;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import java.nio.file.Files;

/**
 * Runs the catalog's {@code tools-temp} workflow with {@link LocalRun} the way the README shows, with no
 * home given, in process and isolated; prints each run's phase and whether its record is there.
 */
public final class TemporaryRuns {
  private TemporaryRuns() {}

  public static void main(String[] args) {
    for (boolean isolated : new boolean[] {false, true}) {
      LocalReport report = LocalRun.of("tools-temp").isolated(isolated).run();
      System.out.println((isolated ? "isolated " : "in process ") + report.phase().argoName() + " "
          + report.step("read").result() + (Files.isDirectory(report.folder()) ? " recorded" : " not recorded"));
    }
  }
}
