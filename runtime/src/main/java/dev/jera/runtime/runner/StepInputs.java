package dev.jera.runtime.runner;

import dev.jera.runtime.json.Json;
import dev.jera.runtime.json.JsonCodec;
import dev.jera.runtime.json.JsonDecodingException;
import java.util.Map;

/**
 * The inputs of one step run: its parameters by input name (as Argo substituted them) and the
 * environment its secrets come from. Generated runners call {@link #value} and {@link #secret}.
 */
public final class StepInputs {
  private final String step;
  private final Map<String, String> parameters;
  private final Map<String, String> environment;

  public StepInputs(String step, Map<String, String> parameters, Map<String, String> environment) {
    this.step = step;
    this.parameters = Map.copyOf(parameters);
    this.environment = environment;
  }

  /** The step these inputs are for. */
  public String step() {
    return step;
  }

  /** The raw text of input {@code name}. */
  public String raw(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new BadInputException("step '" + step + "': input '" + name + "' was not supplied");
    }
    return value;
  }

  /** Input {@code name} decoded by {@code codec}: a {@code String} as its raw text, anything else as JSON. */
  public <T> T value(String name, JsonCodec<T> codec) {
    String text = raw(name);
    try {
      return Json.decode(text, codec);
    } catch (JsonDecodingException e) {
      throw new BadInputException(
          "step '" + step + "': input '" + name + "' (" + codec.typeName() + "): " + e.getMessage());
    }
  }

  /** Key {@code key} of Secret {@code secret}, from its environment variable. */
  public String secret(String secret, String key) {
    String variable = SecretEnv.variable(secret, key);
    String value = environment.get(variable);
    if (value == null) {
      throw new BadInputException(
          "step '" + step + "': secret " + secret + "/" + key + " is not set (environment variable "
              + variable + ")");
    }
    return value;
  }
}
