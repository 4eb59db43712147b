package dev.jera.processor.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.Containers;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import dev.jera.runner.json.JsonDecodingException;
import dev.jera.runner.json.RecordShape;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runtime codecs rebuilt from the model, so the compiler decodes a default value or an item exactly
 * as the runner will: the same JSON, the same leniency, the same messages. Records and enums of the
 * compilation have no classes yet, so they decode into plain values of the right shape.
 */
final class ShapeCodecs {
  private ShapeCodecs() {}

  /**
   * The problem decoding {@code text} as {@code type}, if any. None for a type no value can reach as
   * JSON (a stream, a file): the type is the mistake, which its own rule reports.
   */
  static Optional<String> problem(String text, JavaType type) {
    if (!travels(type)) {
      return Optional.empty();
    }
    try {
      Json.decode(text, codec(type, new HashMap<>()));
      return Optional.empty();
    } catch (JsonDecodingException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Whether every part of the type travels as JSON. */
  private static boolean travels(JavaType type) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Unsupported || shape instanceof JsonShape.Artifact
        || shape instanceof JsonShape.Unresolved || shape instanceof JsonShape.None) {
      return false;
    }
    if (shape instanceof JsonShape.Optional) {
      return travels(((JsonShape.Optional) shape).value());
    }
    if (shape instanceof JsonShape.Collection) {
      return travels(((JsonShape.Collection) shape).element());
    }
    if (shape instanceof JsonShape.Array) {
      return travels(((JsonShape.Array) shape).element());
    }
    if (shape instanceof JsonShape.Map) {
      return travels(((JsonShape.Map) shape).key()) && travels(((JsonShape.Map) shape).value());
    }
    if (shape instanceof JsonShape.Record) {
      return ((JsonShape.Record) shape).components().stream().allMatch(component -> travels(component.type()));
    }
    return true;
  }

  private static JsonCodec<?> codec(JavaType type, Map<String, JsonCodec<?>> records) {
    JsonShape shape = type.shape();
    if (shape instanceof JsonShape.Standard) {
      return standard(((JsonShape.Standard) shape).codec());
    }
    if (shape instanceof JsonShape.Enumeration) {
      return new Names(type.display(), ((JsonShape.Enumeration) shape));
    }
    if (shape instanceof JsonShape.Optional) {
      return Codecs.optional(codec(((JsonShape.Optional) shape).value(), records));
    }
    if (shape instanceof JsonShape.Collection) {
      return Codecs.collection(
          type.display(), codec(((JsonShape.Collection) shape).element(), records), Containers.ARRAY_LIST);
    }
    if (shape instanceof JsonShape.Array) {
      return Codecs.collection(type.display(), codec(((JsonShape.Array) shape).element(), records), Containers.ARRAY_LIST);
    }
    if (shape instanceof JsonShape.Map) {
      JsonShape.Map map = (JsonShape.Map) shape;
      return Codecs.map(type.display(), codec(map.key(), records), codec(map.value(), records), Containers.LINKED_HASH_MAP);
    }
    if (shape instanceof JsonShape.Record) {
      return record(type, (JsonShape.Record) shape, records);
    }
    if (shape instanceof JsonShape.RecordRef) {
      JsonCodec<?> known = records.get(((JsonShape.RecordRef) shape).canonical());
      return known != null ? known : new AnyJson(type.display());
    }
    return new AnyJson(type.display());
  }

  private static JsonCodec<?> record(JavaType type, JsonShape.Record shape, Map<String, JsonCodec<?>> records) {
    List<JsonCodec<?>> codecs = new ArrayList<>();
    JsonCodec<Object[]> codec =
        Codecs.record(
            type.display(),
            shape.components().stream().map(JsonShape.Component::name).toArray(String[]::new),
            new RecordShape<Object[]>() {
              @Override
              public Object[] create(Object[] components) {
                return components;
              }

              @Override
              public Object[] components(Object[] record) {
                return record;
              }

              @Override
              public JsonCodec<?>[] codecs() {
                return codecs.toArray(new JsonCodec<?>[0]);
              }
            });
    records.put(type.canonical(), codec);
    for (JsonShape.Component component : shape.components()) {
      codecs.add(codec(component.type(), records));
    }
    return codec;
  }

  private static JsonCodec<?> standard(String constant) {
    try {
      Field field = Codecs.class.getField(constant);
      return (JsonCodec<?>) field.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no codec " + constant, e);
    }
  }

  /** An enum of the compilation: its constants' names, read from the model. */
  private static final class Names implements JsonCodec<String> {
    private final String typeName;
    private final List<String> constants;

    Names(String typeName, JsonShape.Enumeration shape) {
      this.typeName = typeName;
      this.constants = shape.constants();
    }

    @Override
    public String typeName() {
      return typeName;
    }

    @Override
    public String expected() {
      return "one of " + String.join(", ", constants) + " (" + typeName + ")";
    }

    @Override
    public boolean textual() {
      return true;
    }

    @Override
    public String fromText(String text) {
      if (!constants.contains(text)) {
        throw new JsonDecodingException("expected " + expected() + ", got " + Json.quote(text));
      }
      return text;
    }

    @Override
    public String read(JsonParser parser) throws IOException {
      return fromText(Codecs.STRING.read(parser));
    }

    @Override
    public void write(JsonGenerator generator, String value) throws IOException {
      generator.writeString(value);
    }
  }

  /** A type left to databind: any well-formed JSON value passes here. */
  private static final class AnyJson implements JsonCodec<String> {
    private final String typeName;

    AnyJson(String typeName) {
      this.typeName = typeName;
    }

    @Override
    public String typeName() {
      return typeName;
    }

    @Override
    public String read(JsonParser parser) throws IOException {
      return Codecs.STRING.read(parser);
    }

    @Override
    public void write(JsonGenerator generator, String value) throws IOException {
      generator.writeString(value);
    }
  }
}
