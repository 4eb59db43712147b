package dev.jera.processor.model;

/** A string the user wrote in an annotation, with its place. */
public record Text(String value, Site site) {

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return value;
  }
}
