package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one Java type as JSON on Jackson's streaming API.
 *
 * <p>Generated runners compose codecs from {@link Codecs} instead of asking Jackson's databind to
 * introspect types at run time: a step's JVM then starts in a fraction of the time.
 *
 * @param <T> the Java type
 */
public interface JsonCodec<T> {

  /** The type as a user writes it in Java, e.g. {@code List<Rate>}; used in error messages. */
  String typeName();

  /**
   * Reads a value whose first token is the parser's current token, leaving the parser on the value's
   * last token. A JSON {@code null} gives {@code null} (or the primitive's zero).
   */
  T read(JsonParser parser) throws IOException;

  /** Writes {@code value}, which may be {@code null}. */
  void write(JsonGenerator generator, T value) throws IOException;

  /**
   * Whether the type's JSON form is a string (dates, enums, UUIDs, …). Such values may also be given
   * as bare text, the way a user types {@code 2024-01-31} for a workflow parameter.
   */
  default boolean textual() {
    return false;
  }

  /** Parses the bare text of a {@link #textual()} value, or a map key. */
  default T fromText(String text) {
    throw new JsonDecodingException("a " + typeName() + " cannot be written as plain text");
  }

  /** The text of a value used as a map key. */
  default String toText(T value) {
    throw new IllegalStateException(typeName() + " cannot be a map key");
  }

  /** The value a JSON {@code null} or a missing record component stands for: a primitive's zero. */
  default T nullValue() {
    return null;
  }

  /** A short description of the expected form, e.g. {@code an ISO date such as 2024-01-31}. */
  default String expected() {
    return "JSON for " + typeName();
  }
}
