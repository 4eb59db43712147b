package dev.jera.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request header written {@code "Name: value"} ({@code @Http(headers)}): the name an HTTP token
 * (RFC 9110: letters, digits and {@code !#$%&'*+-.^_`|~}), the value what follows the colon without
 * surrounding blanks and without line breaks or other control characters, which Go's HTTP client refuses.
 */
public record HttpHeader(String name, String value) {
  private static final Pattern FORM = Pattern.compile("([!#$%&'*+\\-.^_`|~0-9A-Za-z]+)[ \\t]*:[ \\t]*([^\\x00-\\x08\\x0A-\\x1F\\x7F]*?)[ \\t]*");

  /** The header {@code written} says, or empty when it is not of the form {@code "Name: value"}. */
  public static Optional<HttpHeader> parse(String written) {
    Matcher matcher = FORM.matcher(written);
    return matcher.matches() ? Optional.of(new HttpHeader(matcher.group(1), matcher.group(2))) : Optional.empty();
  }
}
