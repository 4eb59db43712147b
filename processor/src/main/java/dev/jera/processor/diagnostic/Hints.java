package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Pieces several messages end with. */
public final class Hints {
  private Hints() {}

  /** {@code "; did you mean 'x'?"}, or nothing without a suggestion. */
  public static String suggest(Optional<String> suggestion) {
    return suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
  }
}
