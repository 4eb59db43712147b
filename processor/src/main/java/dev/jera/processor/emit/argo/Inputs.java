package dev.jera.processor.emit.argo;

import java.util.List;

/** A template's {@code inputs}. */
public record Inputs(List<Parameter> parameters) {}
