package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

/** A {@code Map}, as a JSON object whose field names are the keys' text. */
final class MapCodec<K, V, M extends Map<K, V>> implements JsonCodec<M> {
  private final String typeName;
  private final JsonCodec<K> key;
  private final JsonCodec<V> value;
  private final Supplier<M> factory;

  MapCodec(String typeName, JsonCodec<K> key, JsonCodec<V> value, Supplier<M> factory) {
    this.typeName = typeName;
    this.key = key;
    this.value = value;
    this.factory = factory;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    return "a JSON object of " + value.typeName() + " (" + typeName + ")";
  }

  @Override
  public M read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw Mismatch.of(parser, this);
    }
    M entries = factory.get();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      K k;
      try {
        k = key.fromText(name);
      } catch (JsonDecodingException e) {
        throw Mismatch.at(parser, "key " + Json.quote(name) + ": " + e.getMessage());
      }
      parser.nextToken();
      entries.put(k, value.read(parser));
    }
    return entries;
  }

  @Override
  public void write(JsonGenerator generator, M entries) throws IOException {
    if (entries == null) {
      generator.writeNull();
      return;
    }
    generator.writeStartObject();
    for (Map.Entry<K, V> entry : entries.entrySet()) {
      generator.writeFieldName(key.toText(entry.getKey()));
      value.write(generator, entry.getValue());
    }
    generator.writeEndObject();
  }
}
