package dev.jera.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * One {@code @Output}: a named output of a script or template, taken from its return value or from one
 * component of the record it returns.
 *
 * @param site the annotation, for messages
 * @param name the output's name, as given or (on a component) the component's name
 * @param type the Java type of the value: the return type, or the component's
 * @param component the record component's name, or empty when the output is the whole return value
 * @param defaultValue {@code valueFrom.default}, when given
 * @param global the workflow-level name ({@code globalName}), when given
 * @param archive a file component's own {@code @Archive} (a method's is the method's)
 * @param jsonPath {@code valueFrom.jsonPath}, on a resource template
 * @param jqFilter {@code valueFrom.jqFilter}, on a resource template
 * @param gc a file's {@code artifactGC.strategy} as Argo spells it, when written
 * @param locations where a file component is stored, its own location annotations (a method's are the method's,
 *     {@link ScriptModel#outputLocations()})
 */
public record OutputModel(
    Site site,
    Text name,
    JavaType type,
    Optional<String> component,
    Optional<Text> defaultValue,
    Optional<Text> global,
    Optional<ArchiveModel> archive,
    Optional<Text> jsonPath,
    Optional<Text> jqFilter,
    Optional<Text> gc,
    List<InputSource.External> locations) {

  public OutputModel {
    locations = List.copyOf(locations);
  }

  /** Where a file component is stored: its first location annotation (LocationRule reports a second). */
  public Optional<InputSource.External> location() {
    return locations.stream().findFirst();
  }

  /** An output read from a file, as every output but a resource template's is. */
  public OutputModel(Site site, Text name, JavaType type, Optional<String> component, Optional<Text> defaultValue,
      Optional<Text> global, Optional<ArchiveModel> archive) {
    this(site, name, type, component, defaultValue, global, archive, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /** An output with no artifact GC of its own and no location of its own. */
  public OutputModel(Site site, Text name, JavaType type, Optional<String> component, Optional<Text> defaultValue,
      Optional<Text> global, Optional<ArchiveModel> archive, Optional<Text> jsonPath, Optional<Text> jqFilter) {
    this(site, name, type, component, defaultValue, global, archive, jsonPath, jqFilter, Optional.empty(), List.of());
  }

  /** Whether the output is read from a resource template's object ({@code jsonPath} or {@code jqFilter}). */
  public boolean readsObject() {
    return jsonPath.isPresent() || jqFilter.isPresent();
  }

  /** Whether the output is a file, an Argo output artifact, rather than a parameter. */
  public boolean isArtifact() {
    return type.shape() instanceof JsonShape.Artifact;
  }
}
