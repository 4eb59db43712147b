package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Turns text into values and back through a {@link JsonCodec}. */
public final class Json {

  /** One factory for the process: it is thread-safe and costly to create. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private Json() {}

  /**
   * Decodes the text of an Argo parameter: a {@code String} is the text itself, exactly as Argo passes
   * it ({@code "q"} with its quotes stays {@code "q"}); any other type is JSON, and a {@link
   * JsonCodec#textual() textual} type also takes its bare text ({@code 2024-01-31} as well as
   * {@code "2024-01-31"}).
   */
  @SuppressWarnings("unchecked")
  public static <T> T decode(String text, JsonCodec<T> codec) {
    if (codec == Codecs.STRING) {
      return (T) text;
    }
    if (codec.textual() && !looksLikeJsonString(text)) {
      return codec.fromText(text);
    }
    return read(text, codec);
  }

  /**
   * Decodes {@code text} as one JSON value, a {@code String} too (from a JSON string): for text that is
   * JSON by construction, such as an element of a fan-in's list. A scalar written plainly ({@code 010}
   * for the number 10) is still taken.
   */
  public static <T> T read(String text, JsonCodec<T> codec) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonDecodingException("expected " + codec.expected() + ", got nothing");
      }
      T value = codec.read(parser);
      if (parser.nextToken() != null) {
        throw new JsonDecodingException(
            "expected " + codec.expected() + ", got more text after the value: " + quote(text));
      }
      return value;
    } catch (JsonProcessingException e) {
      // Not JSON: a scalar may still be written plainly, as 010 for the number 10.
      try {
        return codec.fromText(text);
      } catch (RuntimeException notText) {
        // The parser's words help with broken JSON structure, not with a plain word that is not a value.
        String trimmed = text.strip();
        boolean structure = trimmed.startsWith("{") || trimmed.startsWith("[");
        throw new JsonDecodingException(
            "expected " + codec.expected() + ", got " + quote(text)
                + (structure ? " (" + firstLine(e.getOriginalMessage()) + ")" : ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Encodes {@code value} as compact JSON. */
  public static <T> String encode(T value, JsonCodec<T> codec) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      codec.write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Whether {@code text} parses as one JSON value of any kind. */
  public static boolean isJson(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() == null) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Creates a parser over {@code text}, for callers that walk JSON themselves. */
  public static JsonParser parser(String text) throws IOException {
    return FACTORY.createParser(text);
  }

  /** Creates a generator writing to {@code out}. */
  public static JsonGenerator generator(StringWriter out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /** {@code text} in double quotes, cut short when long, for error messages. */
  public static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return '"' + shown.replace("\n", "\\n") + '"';
  }

  private static boolean looksLikeJsonString(String text) {
    String trimmed = text.strip();
    return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
        || trimmed.equals("null");
  }
}
