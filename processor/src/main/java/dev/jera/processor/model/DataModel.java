package dev.jera.processor.model;

import java.util.List;

/**
 * {@code @Data}: a data template, which lists the files of its source (the method's Path parameter with a
 * location) and transforms the list by {@code transformations}, in order.
 */
public record DataModel(Site site, List<Text> transformations) {
  public DataModel {
    transformations = List.copyOf(transformations);
  }
}
