package dev.jera.processor.model;

import java.util.Optional;

/** {@code @Resources}: requests and limits, as the quantities the user wrote. */
public record ResourcesModel(
    Site site, Optional<Text> cpu, Optional<Text> memory, Optional<Text> cpuLimit, Optional<Text> memoryLimit) {}
