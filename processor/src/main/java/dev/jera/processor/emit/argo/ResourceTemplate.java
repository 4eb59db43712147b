package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A template's {@code resource}: what Argo's executor does with a Kubernetes object, in Argo's field order. */
@JsonPropertyOrder({
  "action", "mergeStrategy", "manifest", "setOwnerReference", "successCondition", "failureCondition", "flags"
})
public record ResourceTemplate(
    String action,
    String mergeStrategy,
    String manifest,
    Boolean setOwnerReference,
    String successCondition,
    String failureCondition,
    List<String> flags) {}
