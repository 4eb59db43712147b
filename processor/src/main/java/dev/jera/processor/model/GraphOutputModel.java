package dev.jera.processor.model;

import java.util.Optional;

/**
 * {@code @Output} on a graph class: an output of the graph, taken from one of its steps or computed.
 *
 * @param site the annotation, for messages
 * @param name the output's name
 * @param from the step it comes from ({@code valueFrom.parameter}, an artifact's {@code from}), when written
 * @param output that step's named output; empty for its result
 * @param expression the expr-lang expression that computes it, when written
 * @param file whether {@code type = Path.class} says it is a file (with {@code from}, the step's output decides)
 * @param defaultValue {@code valueFrom.default}, when given
 */
public record GraphOutputModel(
    Site site,
    Text name,
    Optional<Text> from,
    Optional<Text> output,
    Optional<Text> expression,
    boolean file,
    Optional<Text> defaultValue) {}
