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

  /** What {@code @Call} names: a workflow class, a library class, a workflow name, or (none) the step's own workflow. */
  public record Reference(Kind kind, String value) {
    /** How the target is named. */
    public enum Kind { WORKFLOW_CLASS, LIBRARY_CLASS, NAME, LOCAL }
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
   * @param outputs the template's named outputs ({@code @Output}), when known: a jar's index does not list them
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
      Optional<ClassName> libraryRunner,
      Optional<List<OutputModel>> outputs) {
    public Callee {
      inputs = List.copyOf(inputs);
      outputs = outputs.map(List::copyOf);
    }

    public boolean isLibrary() {
      return kind.equals("Library");
    }

    public boolean isCluster() {
      return kind.equals("ClusterWorkflowTemplate");
    }

    /** Whether the called template is a {@code @Template} of the calling step's own workflow. */
    public boolean isLocal() {
      return kind.equals(LOCAL_KIND);
    }

    /**
     * The input a stub's parameter passes: the one of its Java name, else of that name in kebab-case
     * ({@code osImage} for {@code os-image}; a trailing {@code _} escapes a keyword: {@code package_}).
     */
    public Optional<CalleeInput> inputFor(String javaName) {
      for (CalleeInput input : inputs) {
        if (input.fromCaller() && input.name().equals(javaName)) {
          return Optional.of(input);
        }
      }
      String argoName = argoName(javaName);
      return inputs.stream().filter(input -> input.fromCaller() && input.name().equals(argoName)).findFirst();
    }
  }

  /** The kind of a callee that is a {@code @Template} of the caller's own workflow. */
  public static final String LOCAL_KIND = "Template";

  /** A Java parameter name as an Argo input name: kebab-case, a trailing {@code _} dropped. */
  static String argoName(String javaName) {
    String name = javaName.endsWith("_") ? javaName.substring(0, javaName.length() - 1) : javaName;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        out.append('-');
      } else if (Character.isUpperCase(c) && i > 0 && name.charAt(i - 1) != '_') {
        out.append('-').append(Character.toLowerCase(c));
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * An input of a called template.
   *
   * @param fromCaller whether the calling step passes it (not a secret or a fixed file location)
   * @param optional whether it has a default, so a caller may leave it out
   */
  public record CalleeInput(
      String name, String canonical, String display, boolean artifact, boolean fromCaller, boolean optional) {}
}
