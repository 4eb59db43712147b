package dev.jera.processor.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Resources} (or {@code @PodResources}): requests and limits, each the quantity the user wrote
 * and its value in base units, and the dynamic resource claims the container uses.
 *
 * @param annotation how messages name the annotation, {@code @Resources} or {@code @PodResources}
 * @param claims {@code @Resources(claims)}: names of the pod's claims, or {@code name/request}
 */
public record ResourcesModel(
    Site site,
    String annotation,
    Optional<Parsed<BigDecimal>> cpu,
    Optional<Parsed<BigDecimal>> memory,
    Optional<Parsed<BigDecimal>> cpuLimit,
    Optional<Parsed<BigDecimal>> memoryLimit,
    List<Text> claims) {
  public ResourcesModel {
    claims = List.copyOf(claims);
  }
}
