package dev.jera.runtime.runner;

import dev.jera.runtime.json.Codecs;
import dev.jera.runtime.json.Json;
import dev.jera.runtime.json.JsonCodec;

/** Turns a step's return value into Argo's {@code outputs.result}: a {@code String} as is, else JSON. */
public final class Results {
  private Results() {}

  public static <T> String of(T value, JsonCodec<T> codec) {
    if (codec == Codecs.STRING) {
      return (String) value;
    }
    return Json.encode(value, codec);
  }
}
