package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code withSequence}: numbers as strings, as Argo types them. */
@JsonPropertyOrder({"count", "start", "end", "format"})
public record Sequence(String count, String start, String end, String format) {}
