package dev.jera.processor.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * Text the user wrote in a syntax of its own (a duration, a quantity, a toleration, …), parsed once
 * when collected: what it means, or why it means nothing. Rules report the problem; writers, which run
 * only when no rule reported one, read the value and never parse the text again.
 *
 * @param text what the user wrote, and where
 * @param result the parsed value, when the text parses
 * @param problem why it does not, in the user's terms, when it does not
 */
public record Parsed<T>(Text text, Optional<T> result, Optional<String> problem) {

  public Parsed {
    if (result.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a parsed text has either a value or a problem");
    }
  }

  public static <T> Parsed<T> valid(Text text, T value) {
    return new Parsed<>(text, Optional.of(value), Optional.empty());
  }

  public static <T> Parsed<T> invalid(Text text, String problem) {
    return new Parsed<>(text, Optional.empty(), Optional.of(problem));
  }

  /** The value. Only a writer calls it, after the rules accepted the workflow, so an invalid text here is a bug. */
  public T value() {
    return result.orElseThrow(() -> new IllegalStateException(
        "'" + text.value() + "' was written although it does not parse: " + problem.orElse("")));
  }

  /** The text as written, for a writer that copies it as it is: like {@link #value}, only for a valid one. */
  public String accepted() {
    value();
    return text.value();
  }

  public boolean isValid() {
    return result.isPresent();
  }

  /** The text as written. */
  public String written() {
    return text.value();
  }

  public Site site() {
    return text.site();
  }

  /** The same text with its value turned into another, as a further reading that cannot fail. */
  public <U> Parsed<U> map(Function<T, U> function) {
    return new Parsed<>(text, result.map(function), problem);
  }
}
