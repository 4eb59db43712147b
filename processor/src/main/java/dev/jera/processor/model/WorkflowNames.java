package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;

/**
 * Which class of the compilation holds each workflow name: the name is a manifest's file name, so
 * only one class may have it.
 */
public interface WorkflowNames {
  /**
   * The class that keeps {@code name}: the first to claim it by round, then by qualified name, so the
   * same class keeps it whatever order a compiler hands the classes over in.
   */
  ClassName ownerOf(String name);
}
