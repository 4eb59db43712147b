package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** A container's {@code resources}: quantities as strings, keys in a fixed order. */
@JsonPropertyOrder({"requests", "limits"})
public record ResourceRequirements(Map<String, String> requests, Map<String, String> limits) {}
