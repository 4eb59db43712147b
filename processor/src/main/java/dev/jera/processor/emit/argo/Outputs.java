package dev.jera.processor.emit.argo;

import java.util.List;

/** A template's {@code outputs}: the file a script returns. */
public record Outputs(List<Artifact> artifacts) {}
