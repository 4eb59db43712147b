package dev.jera.local.launch;

import java.util.Locale;

/**
 * How much text a step's result ({@code outputs.result}) may hold on Argo. Argo's executor keeps at most
 * the last 256 KiB of a step's output as its result and drops the rest with only a warning in the wait
 * container's log ({@code workflow/executor/executor.go}, {@code CaptureScriptResult}: {@code
 * maxAnnotationSize = 256 * (1 << 10)}), so the steps that read a longer result get other data. Locally such
 * a result ends the producing step in Error instead, saying so. Long before that limit, results fill the
 * workflow's status, which holds every step's outputs and which Argo must keep under 1 MiB ({@code
 * workflow/packer/packer.go}, {@code MAX_WORKFLOW_SIZE}, compressing it first); a result above
 * {@link #WARNING} bytes is warned about.
 */
public final class ResultLimit {
  /** The most bytes of a result Argo keeps: 256 KiB. */
  public static final long MAX_BYTES = 256 * 1024;
  /** Results larger than this, a quarter of the limit, are warned about. */
  static final long WARNING = 64 * 1024;

  private static final String FIX = "pass large data as a file: return a java.nio.file.Path (an Argo artifact)";

  private ResultLimit() {}

  /** Why a result of {@code bytes} bytes (one trailing newline trimmed) cannot travel, or {@code null} when it can. */
  public static String problem(long bytes) {
    if (bytes <= MAX_BYTES) {
      return null;
    }
    return "its result is " + size(bytes) + ", more than the " + size(MAX_BYTES) + " Argo keeps of a step's"
        + " outputs.result (it keeps the last 256 KiB only, so the steps reading it would get other data); " + FIX;
  }

  /** A warning about a result of {@code bytes} bytes, or {@code null} when it is small enough to pass unremarked. */
  public static String warning(long bytes) {
    if (bytes <= WARNING || bytes > MAX_BYTES) {
      return null;
    }
    return "returned a result of " + size(bytes) + "; Argo keeps at most " + size(MAX_BYTES) + " of a result and"
        + " 1 MiB for the workflow's status, which holds every step's outputs: " + FIX;
  }

  /** The size of {@code text} in UTF-8, what Argo measures, without encoding it. */
  public static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** {@code bytes} as people read it: {@code 25.0 MiB (26,214,400 bytes)}. */
  static String size(long bytes) {
    String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
    if (bytes < 1024) {
      return exact;
    }
    String unit = bytes < 1024 * 1024 ? "KiB" : bytes < 1024L * 1024 * 1024 ? "MiB" : "GiB";
    double scaled = bytes / Math.pow(1024, unit.equals("KiB") ? 1 : unit.equals("MiB") ? 2 : 3);
    String shown = scaled == Math.rint(scaled)
        ? String.format(Locale.ROOT, "%d %s", (long) scaled, unit)
        : String.format(Locale.ROOT, "%.1f %s", scaled, unit);
    return shown + " (" + exact + ")";
  }
}
