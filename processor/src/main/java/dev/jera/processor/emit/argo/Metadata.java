package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** {@code metadata}: a Workflow has a {@code generateName}, the other kinds a {@code name}. */
@JsonPropertyOrder({"name", "generateName", "labels"})
public record Metadata(String name, String generateName, Map<String, String> labels) {}
