package dev.jera.processor.model;

import java.util.List;

/** {@code @Container}: the step runs this command in this image instead of the method. */
public record ContainerModel(Site site, Text image, List<Text> command, List<Text> args) {
  public ContainerModel {
    command = List.copyOf(command);
    args = List.copyOf(args);
  }
}
