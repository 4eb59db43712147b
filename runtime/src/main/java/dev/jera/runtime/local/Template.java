package dev.jera.runtime.local;

/** A template of the manifest that the local executor runs. */
public sealed interface Template permits DagTemplate, StepsTemplate, PodTemplate {
  /** The template's name. */
  String name();
}
