package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** An array of objects, as a JSON list. */
final class ArrayCodec<E> implements JsonCodec<E[]> {
  private final JsonCodec<E> element;
  private final IntFunction<E[]> factory;

  ArrayCodec(JsonCodec<E> element, IntFunction<E[]> factory) {
    this.element = element;
    this.factory = factory;
  }

  @Override
  public String typeName() {
    return element.typeName() + "[]";
  }

  @Override
  public String expected() {
    return "a JSON list of " + element.typeName();
  }

  @Override
  public E[] read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw Mismatch.of(parser, this);
    }
    List<E> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(parser));
    }
    return values.toArray(factory.apply(values.size()));
  }

  @Override
  public void write(JsonGenerator generator, E[] values) throws IOException {
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
