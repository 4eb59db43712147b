package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** {@code int[]}, {@code long[]}, {@code double[]}, … as JSON lists of their boxed elements. */
final class PrimitiveArrayCodec<A> implements JsonCodec<A> {
  private final JsonCodec<Object> element;
  private final Class<?> componentType;

  @SuppressWarnings("unchecked")
  PrimitiveArrayCodec(JsonCodec<?> element, Class<?> componentType) {
    this.element = (JsonCodec<Object>) element;
    this.componentType = componentType;
  }

  @Override
  public String typeName() {
    return componentType.getName() + "[]";
  }

  @Override
  public String expected() {
    return "a JSON list of " + componentType.getName();
  }

  @Override
  @SuppressWarnings("unchecked")
  public A read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_ARRAY) {
      throw Mismatch.of(parser, this);
    }
    List<Object> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Object value = element.read(parser);
      values.add(value == null ? element.nullValue() : value);
    }
    Object array = Array.newInstance(componentType, values.size());
    for (int i = 0; i < values.size(); i++) {
      Array.set(array, i, values.get(i));
    }
    return (A) array;
  }

  @Override
  public void write(JsonGenerator generator, A array) throws IOException {
    if (array == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartArray();
    int length = Array.getLength(array);
    for (int i = 0; i < length; i++) {
      element.write(generator, Array.get(array, i));
    }
    generator.writeEndArray();
  }
}
