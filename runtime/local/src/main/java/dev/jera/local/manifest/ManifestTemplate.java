package dev.jera.local.manifest;

/** A template of the manifest that the local executor runs. */
public sealed interface ManifestTemplate permits DagTemplate, StepsTemplate, PodTemplate {
  /** The template's name. */
  String name();
}
