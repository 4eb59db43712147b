package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** {@code Optional<T>}: {@code null} (or empty text) is empty, anything else is the value. */
final class OptionalCodec<T> implements JsonCodec<Optional<T>> {
  private final JsonCodec<T> value;

  OptionalCodec(JsonCodec<T> value) {
    this.value = value;
  }

  @Override
  public String typeName() {
    return "Optional<" + value.typeName() + ">";
  }

  @Override
  public String expected() {
    return value.expected() + " or null";
  }

  @Override
  public boolean textual() {
    return value.textual();
  }

  @Override
  public Optional<T> fromText(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.ofNullable(value.fromText(text));
  }

  @Override
  public Optional<T> read(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    return Optional.ofNullable(value.read(parser));
  }

  @Override
  public void write(JsonGenerator generator, Optional<T> optional) throws IOException {
    if (optional == null || optional.isEmpty()) {
      generator.writeNull();
    } else {
      value.write(generator, optional.get());
    }
  }
}
