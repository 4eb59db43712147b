package dev.jera.local.launch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the line of a step's diagnostics that says why it failed, for the step's message; cut to
 * {@link #MAX_LENGTH} characters, as a message is for people and an exception may carry any amount of data.
 */
public final class FailureReason {
  static final int MAX_LENGTH = 1000;

  private static final Pattern NOT_A_REASON =
      Pattern.compile("\\s+at .*|\\s*\\.\\.\\. \\d+ (more|common frames omitted)\\s*|\\s*");

  private FailureReason() {}

  /**
   * The last line that is not a stack frame: the innermost {@code Caused by} of a stack trace (without
   * that prefix), or the one line a runner prints for bad input.
   */
  public static String reason(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (!NOT_A_REASON.matcher(line).matches()) {
        String reason = line.strip();
        return cut(reason.startsWith("Caused by: ") ? reason.substring("Caused by: ".length()) : reason);
      }
    }
    return null;
  }

  /** The innermost cause of {@code e}, as its first line of {@code toString()}. */
  public static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = root.toString();
    int end = text.indexOf('\n');
    return cut(end < 0 ? text : text.substring(0, end));
  }

  private static String cut(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 3) + "...";
  }
}
