package dev.jera.runner;

import dev.jera.runner.json.JsonCodec;
import java.util.List;

/**
 * Implemented by the runner the processor generates for each workflow class: runs one step by calling
 * its method directly. The container's {@code main} and the local executor both go through it.
 */
public interface StepRunner {

  /** The names of the steps this runner can run, in declaration order. */
  List<String> steps();

  /**
   * Runs {@code step}: decodes its inputs, calls the method and encodes the result.
   *
   * @return the step's result as Argo's {@code outputs.result} holds it (a {@code String} as its
   *     text, anything else as JSON), or {@code null} for a {@code void} method
   * @throws BadInputException when an input is missing or does not decode into its Java type
   * @throws Throwable whatever the user's method throws
   */
  String run(String step, StepInputs inputs) throws Throwable;

  /**
   * The codecs of the script parameters that take workflow parameter {@code parameter}, so a value
   * given on a command line can be checked before any step runs; empty when no script takes it.
   */
  default List<JsonCodec<?>> parameterCodecs(String parameter) {
    return List.of();
  }

  /**
   * The codec of the result of one run of {@code step} (for a step that fans out, of one element),
   * or {@code null} for a {@code void} step: what tests use to read results as Java values.
   */
  default JsonCodec<?> resultCodec(String step) {
    return null;
  }
}
