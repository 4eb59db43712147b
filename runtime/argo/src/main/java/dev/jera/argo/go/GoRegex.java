package dev.jera.argo.go;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A Go regular expression (RE2 syntax, as {@code =~} and {@code !~} use), compiled by RE2/J, Google's Java
 * port of Go's own engine: the same syntax, the same matches, linear time and Go's error messages, so an
 * expression behaves locally as on the cluster.
 */
public final class GoRegex {

  private GoRegex() {}

  /** A compiled Go regular expression; it prints as its Go source, as Go's {@code *regexp.Regexp} does. */
  public record Compiled(String source, Pattern pattern) {
    /** Whether the expression matches anywhere in {@code text}, as Go's {@code Regexp.MatchString}. */
    public boolean matchesIn(String text) {
      return pattern.matcher(text).find();
    }

    @Override
    public String toString() {
      return source;
    }
  }

  /**
   * Compiles {@code source}, read as a Go regular expression.
   *
   * @throws IllegalArgumentException when Go would not compile it, with Go's message (as {@code
   *     error parsing regexp: missing closing ): `(a`})
   */
  public static Compiled compile(String source) {
    try {
      return new Compiled(source, Pattern.compile(source));
    } catch (PatternSyntaxException e) {
      // RE2/J 1.8 reports a ')' with no '(' as an internal error where Go says ErrUnexpectedParen.
      String message = e.getMessage().contains("stack underflow")
          ? "error parsing regexp: unexpected ): `" + source + "`"
          : e.getMessage();
      throw new IllegalArgumentException(message, e);
    }
  }
}
