package dev.jera.processor.emit.argo;

import java.util.List;

/** {@code arguments}: the parameters passed to a template or the workflow. */
public record Arguments(List<Parameter> parameters) {}
