package dev.jera.processor.model;

import java.util.List;

/**
 * {@code @Workflow(runs)}: the workflow runs a (Cluster)WorkflowTemplate, and what the compiler
 * found about it.
 *
 * @param describedAs how a message names the template
 */
public record RunsModel(Site site, CallModel.Reference reference, String describedAs, Target target) {

  public RunsModel resolvedTo(Target resolved) {
    return new RunsModel(site, reference, describedAs, resolved);
  }

  /** What the reference resolved to, or why it did not. */
  public sealed interface Target {}

  /** Not resolved yet. */
  public record Pending() implements Target {}

  /**
   * The template: its name, kind and parameters (and whether each has a default), and the templates it
   * holds, which a workflow may start at instead of its entrypoint ({@code @Workflow(entrypoint)}).
   */
  public record Resolved(String name, String kind, List<Parameter> parameters, List<Template> templates) implements Target {
    public Resolved {
      parameters = List.copyOf(parameters);
      templates = List.copyOf(templates);
    }
  }

  /**
   * A template of the referenced workflow: its name, and the inputs a caller passes it, as far as they
   * are known (a {@code @Template}'s; {@code required} when it has no value of its own).
   */
  public record Template(String name, List<Parameter> inputs) {
    public Template {
      inputs = List.copyOf(inputs);
    }
  }

  /** A parameter of the template. */
  public record Parameter(String name, boolean required) {}

  /** The reference does not resolve; {@code problem} says why. */
  public record Missing(String problem) implements Target {}
}
