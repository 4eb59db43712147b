package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * A record, as a JSON object with one field per component, in declaration order. As with Jackson's
 * defaults, a missing component is {@code null} (a primitive's zero) and an unknown field is an error.
 */
final class RecordCodec<T> implements JsonCodec<T> {
  private final String typeName;
  private final String[] names;
  private final RecordShape<T> shape;
  /** The components' codecs, asked of the shape on first use; a benign race sets the same array. */
  private volatile JsonCodec<?>[] codecs;

  RecordCodec(String typeName, String[] names, RecordShape<T> shape) {
    this.typeName = typeName;
    this.names = names.clone();
    this.shape = shape;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    return "a JSON object for " + typeName + " with fields " + String.join(", ", names);
  }

  @Override
  public T read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw Mismatch.of(parser, this);
    }
    Object[] components = new Object[names.length];
    boolean[] seen = new boolean[names.length];
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int index = indexOf(field);
      if (index < 0) {
        throw Mismatch.at(
            parser,
            typeName + " has no field " + Json.quote(field) + " (it has " + String.join(", ", names) + ")");
      }
      parser.nextToken();
      JsonCodec<?> codec = codecs()[index];
      Object value = codec.read(parser);
      components[index] = value == null ? codec.nullValue() : value;
      seen[index] = true;
    }
    for (int i = 0; i < names.length; i++) {
      if (!seen[i]) {
        components[i] = codecs()[i].nullValue();
      }
    }
    return shape.create(components);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void write(JsonGenerator generator, T record) throws IOException {
    if (record == null) {
      generator.writeNull();
      return;
    }
    Object[] components = shape.components(record);
    JsonCodec<?>[] all = codecs();
    generator.writeStartObject();
    for (int i = 0; i < names.length; i++) {
      generator.writeFieldName(names[i]);
      ((JsonCodec<Object>) all[i]).write(generator, components[i]);
    }
    generator.writeEndObject();
  }

  private JsonCodec<?>[] codecs() {
    JsonCodec<?>[] known = codecs;
    if (known == null) {
      known = shape.codecs();
      codecs = known;
    }
    return known;
  }

  private int indexOf(String field) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(field)) {
        return i;
      }
    }
    return -1;
  }
}
