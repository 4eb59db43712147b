package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Types the processor cannot describe field by field (Java beans, classes with Jackson annotations,
 * {@code JsonNode}) go through Jackson's databind. The mapper is built on first use only, so runners
 * that never need it do not pay for it.
 */
final class DatabindCodec<T> implements JsonCodec<T> {
  private final String typeName;
  private final TypeReference<T> type;

  DatabindCodec(String typeName, TypeReference<T> type) {
    this.typeName = typeName;
    this.type = type;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public T read(JsonParser parser) throws IOException {
    try {
      JavaType javaType = Mapper.INSTANCE.getTypeFactory().constructType(type);
      return Mapper.INSTANCE.readValue(parser, javaType);
    } catch (JsonProcessingException e) {
      throw Mismatch.at(parser, "expected " + expected() + ": " + e.getOriginalMessage());
    }
  }

  @Override
  public void write(JsonGenerator generator, T value) throws IOException {
    Mapper.INSTANCE.writeValue(generator, value);
  }

  /** Holder: the mapper is created when a databind codec is first used. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE =
        new ObjectMapper(Json.FACTORY.copy())
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }
}
