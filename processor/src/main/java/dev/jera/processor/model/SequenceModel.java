package dev.jera.processor.model;

import java.util.Optional;

/** {@code @Sequence}: Argo's {@code withSequence}, each attribute as written. */
public record SequenceModel(
    Site site, Optional<Text> count, Optional<Text> start, Optional<Text> end, Optional<Text> format) {}
