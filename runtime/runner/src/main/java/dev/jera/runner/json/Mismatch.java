package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Builds the one-line messages of values that do not fit their type, with their place in the JSON. */
final class Mismatch {
  private Mismatch() {}

  static JsonDecodingException of(JsonParser parser, JsonCodec<?> codec) throws IOException {
    return at(parser, "expected " + codec.expected() + ", got " + describe(parser));
  }

  static JsonDecodingException at(JsonParser parser, String problem) {
    JsonPointer where = parser.getParsingContext().pathAsPointer();
    String place = where.toString();
    return new JsonDecodingException(place.isEmpty() ? problem : "at " + place + ": " + problem);
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return Json.quote(parser.getText());
      case VALUE_NULL:
        return "null";
      default:
        return parser.getText();
    }
  }
}
