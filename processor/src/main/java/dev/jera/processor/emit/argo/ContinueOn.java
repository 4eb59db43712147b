package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A step's {@code continueOn}: each outcome true when given, absent otherwise. */
@JsonPropertyOrder({"error", "failed"})
public record ContinueOn(Boolean error, Boolean failed) {

  /** From the constants' names of {@code @Script(continueOn)}; null when there are none. */
  public static ContinueOn of(List<String> outcomes) {
    if (outcomes.isEmpty()) {
      return null;
    }
    return new ContinueOn(outcomes.contains("ERROR") ? true : null, outcomes.contains("FAILED") ? true : null);
  }
}
