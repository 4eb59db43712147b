package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Strings. Inside JSON a {@code String} also takes any other value as its text (a number's digits, an
 * object's JSON), so a fan-in of a script returning text keeps every result whatever it looks like.
 */
final class StringCodec implements JsonCodec<String> {

  @Override
  public String typeName() {
    return "String";
  }

  @Override
  public String expected() {
    return "a string";
  }

  @Override
  public boolean textual() {
    return true;
  }

  @Override
  public String fromText(String text) {
    return text;
  }

  @Override
  public String toText(String value) {
    return value;
  }

  @Override
  public String read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      StringWriter out = new StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator copy = Json.generator(out)) {
        copy.copyCurrentStructure(parser);
      }
      return out.toString();
    }
    return parser.getText();
  }

  @Override
  public void write(JsonGenerator generator, String value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      generator.writeString(value);
    }
  }
}
