package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Booleans: {@code true} and {@code false}, also as the strings Argo hands around. */
final class BooleanCodec implements JsonCodec<Boolean> {
  private final String typeName;
  private final Boolean zero;

  BooleanCodec(String typeName, Boolean zero) {
    this.typeName = typeName;
    this.zero = zero;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    return "true or false";
  }

  @Override
  public Boolean fromText(String text) {
    String word = text.strip();
    if (word.equals("true")) {
      return Boolean.TRUE;
    }
    if (word.equals("false")) {
      return Boolean.FALSE;
    }
    throw new JsonDecodingException("expected true or false, got " + Json.quote(text));
  }

  @Override
  public String toText(Boolean value) {
    return value.toString();
  }

  @Override
  public Boolean nullValue() {
    return zero;
  }

  @Override
  public Boolean read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (token == JsonToken.VALUE_NULL) {
      return zero;
    }
    if (token == JsonToken.VALUE_STRING) {
      String word = parser.getText().strip();
      if (word.equals("true") || word.equals("false")) {
        return Boolean.valueOf(word);
      }
    }
    throw Mismatch.of(parser, this);
  }

  @Override
  public void write(JsonGenerator generator, Boolean value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeBoolean(value);
    }
  }
}
