package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.function.Supplier;

/** A {@code List}, {@code Set} or other collection, as a JSON list. */
final class CollectionCodec<E, C extends Collection<E>> implements JsonCodec<C> {
  private final String typeName;
  private final JsonCodec<E> element;
  private final Supplier<C> factory;

  CollectionCodec(String typeName, JsonCodec<E> element, Supplier<C> factory) {
    this.typeName = typeName;
    this.element = element;
    this.factory = factory;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    return "a JSON list of " + element.typeName() + " (" + typeName + ")";
  }

  @Override
  public C read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw Mismatch.of(parser, this);
    }
    C values = factory.get();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(parser));
    }
    return values;
  }

  @Override
  public void write(JsonGenerator generator, C values) throws IOException {
    if (values == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    for (E value : values) {
      element.write(generator, value);
    }
    generator.writeEndArray();
  }
}
