package dev.jera.runner;

import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;

/** Turns a step's return value into Argo's {@code outputs.result}: a {@code String} as is, else JSON. */
public final class Results {
  private Results() {}

  /**
   * The result of one run of a step that fans out: always JSON, a {@code String} too, since Argo
   * parses each run's result as JSON to build the fan-in list.
   */
  public static <T> String ofElement(T value, JsonCodec<T> codec) {
    return Json.encode(value, codec);
  }

  public static <T> String of(T value, JsonCodec<T> codec) {
    if (codec == Codecs.STRING) {
      return (String) value;
    }
    return Json.encode(value, codec);
  }
}
