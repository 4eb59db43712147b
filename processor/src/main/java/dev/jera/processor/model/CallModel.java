package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * {@code @Call}: a step that calls a template defined elsewhere, and what the compiler found there.
 *
 * @param describedAs how a message names the target, e.g. {@code MonthlyReport} or
 *     {@code 'monthly-report-1.0'}
 */
public record CallModel(Site site, Reference reference, Text template, String describedAs, Target target) {

  /** What {@code @Call} names: a workflow class, a library class, or a workflow name. */
  public record Reference(Kind kind, String value) {
    /** How the target is named. */
    public enum Kind { WORKFLOW_CLASS, LIBRARY_CLASS, NAME }
  }

  public CallModel resolvedTo(Target resolved) {
    return new CallModel(site, reference, template, describedAs, resolved);
  }

  /** What the reference resolved to, or why it did not. */
  public sealed interface Target {}

  /** Not resolved yet: the collect stage leaves this for the resolve stage. */
  public record Pending() implements Target {}

  /** The called template. */
  public record Resolved(Callee callee) implements Target {}

  /** The reference does not resolve; {@code problem} says why, in the user's words. */
  public record Missing(String problem) implements Target {}

  /**
   * A called template, as its declaration or index entry describes it.
   *
   * @param workflowName the (Cluster)WorkflowTemplate's name, for {@code templateRef}
   * @param kind Argo's kind of the workflow, or {@code Library}
   * @param template the template's (step's) name
   * @param candidates every template name of the target, for did-you-mean
   * @param libraryScript for a library call, the script whose template this workflow emits
   * @param libraryRunner for a library call, the library's runner
   */
  public record Callee(
      String workflowName,
      String kind,
      String template,
      List<CalleeInput> inputs,
      String returnsCanonical,
      String returnsDisplay,
      boolean returnsArtifact,
      Optional<ScriptModel> libraryScript,
      Optional<ClassName> libraryRunner) {
    public Callee {
      inputs = List.copyOf(inputs);
    }

    public boolean isLibrary() {
      return kind.equals("Library");
    }

    public boolean isCluster() {
      return kind.equals("ClusterWorkflowTemplate");
    }
  }

  /**
   * An input of a called template.
   *
   * @param fromCaller whether the calling step passes it (not a secret or a fixed file location)
   */
  public record CalleeInput(String name, String canonical, String display, boolean artifact, boolean fromCaller) {}
}
