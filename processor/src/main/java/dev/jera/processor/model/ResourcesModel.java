package dev.jera.processor.model;

import java.math.BigDecimal;
import java.util.Optional;

/** {@code @Resources}: requests and limits, each the quantity the user wrote and its value in base units. */
public record ResourcesModel(
    Site site,
    Optional<Parsed<BigDecimal>> cpu,
    Optional<Parsed<BigDecimal>> memory,
    Optional<Parsed<BigDecimal>> cpuLimit,
    Optional<Parsed<BigDecimal>> memoryLimit) {}
