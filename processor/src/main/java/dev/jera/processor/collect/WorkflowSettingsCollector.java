package dev.jera.processor.collect;

import dev.jera.processor.model.CronSettings;
import dev.jera.processor.model.NodeRequirement;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowSettings;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** Reads what {@code @Workflow} says of the workflow resource beyond its graph ({@link WorkflowSettings}). */
final class WorkflowSettingsCollector {
  private WorkflowSettingsCollector() {}

  static WorkflowSettings settings(TypeElement type, AnnotationMirror workflow) throws UnresolvedException {
    return new WorkflowSettings(
        Site.of(type, workflow),
        Syntax.each(Annotations.texts(type, workflow, "annotations"), Syntax::keyValue),
        Syntax.each(Annotations.texts(type, workflow, "labelsFrom"), Syntax::keyValue),
        flag(type, workflow, "generateName"),
        Annotations.explicit(workflow, "priority").isEmpty()
            ? Optional.empty()
            : Optional.of(new CronSettings.Number(Annotations.integer(workflow, "priority"), Annotations.site(type, workflow, "priority"))),
        Annotations.optionalText(type, workflow, "minAvailable"),
        Annotations.optionalText(type, workflow, "maxUnavailable"),
        flag(type, workflow, "archiveLogs"),
        Annotations.optionalText(type, workflow, "podGCDelay").map(Syntax::duration),
        Syntax.each(Annotations.texts(type, workflow, "podGCSelector"), WorkflowSettingsCollector::selectorTerm),
        Annotations.optionalText(type, workflow, "ttlAfterSuccess").map(Syntax::duration),
        Annotations.optionalText(type, workflow, "ttlAfterFailure").map(Syntax::duration),
        artifactGC(type, workflow, "artifactGC"));
  }

  /**
   * An {@code ArtifactGC} attribute as Argo's strategy ({@code ON_WORKFLOW_COMPLETION} is
   * {@code OnWorkflowCompletion}), placed on the attribute; empty for {@code ARGO_DEFAULT}.
   */
  static Optional<Text> artifactGC(javax.lang.model.element.Element element, AnnotationMirror mirror, String attribute)
      throws UnresolvedException {
    String constant = Annotations.enumConstant(mirror, attribute);
    if (constant.equals("ARGO_DEFAULT")) {
      return Optional.empty();
    }
    StringBuilder strategy = new StringBuilder();
    for (String word : constant.split("_")) {
      strategy.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.of(new Text(strategy.toString(), Annotations.site(element, mirror, attribute)));
  }

  private static Optional<CronSettings.Flag> flag(TypeElement type, AnnotationMirror workflow, String attribute)
      throws UnresolvedException {
    if (Annotations.explicit(workflow, attribute).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CronSettings.Flag(Annotations.bool(workflow, attribute), Annotations.site(type, workflow, attribute)));
  }

  /** {@code key=value} (a {@code matchLabels} entry), else a requirement as {@code @Pod(affinity)} writes it. */
  private static Parsed<NodeRequirement> selectorTerm(Text text) {
    String value = text.value();
    int equals = value.indexOf('=');
    if (equals >= 0 && !value.contains("(")) {
      return Parsed.valid(text, new NodeRequirement(
          value.substring(0, equals), WorkflowSettings.MATCH_LABEL, List.of(value.substring(equals + 1))));
    }
    return Syntax.requirement(text);
  }
}
