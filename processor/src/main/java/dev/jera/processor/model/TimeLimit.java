package dev.jera.processor.model;

import java.time.Duration;

/** A template's {@code timeout}: a fixed duration, or an input of the template that each call sets. */
public sealed interface TimeLimit {
  /** {@code "30s"}. */
  record Fixed(Duration duration) implements TimeLimit {}

  /** {@code "{{inputs.parameters.timeout}}"}: the input's value, a duration, given by each call. */
  record FromInput(String input) implements TimeLimit {}
}
