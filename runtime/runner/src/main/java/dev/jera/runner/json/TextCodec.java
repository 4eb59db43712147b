package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** A type whose JSON form is a string: parsed from and printed to text. */
abstract class TextCodec<T> implements JsonCodec<T> {
  private final String typeName;
  private final String expected;

  TextCodec(String typeName, String expected) {
    this.typeName = typeName;
    this.expected = expected;
  }

  /** Parses the text, throwing any RuntimeException when it does not fit. */
  abstract T parse(String text);

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    return expected;
  }

  @Override
  public boolean textual() {
    return true;
  }

  @Override
  public T fromText(String text) {
    try {
      return parse(text);
    } catch (RuntimeException e) {
      throw new JsonDecodingException("expected " + expected + ", got " + Json.quote(text));
    }
  }

  @Override
  public String toText(T value) {
    return value.toString();
  }

  @Override
  public T read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw Mismatch.of(parser, this);
    }
    try {
      return parse(parser.getText());
    } catch (RuntimeException e) {
      throw Mismatch.of(parser, this);
    }
  }

  @Override
  public void write(JsonGenerator generator, T value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(toText(value));
    }
  }
}
