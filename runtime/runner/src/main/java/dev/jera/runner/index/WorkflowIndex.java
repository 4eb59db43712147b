package dev.jera.runner.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index the processor writes to {@code META-INF/jera/index.json}: every workflow compiled into a
 * jar or class folder, so code on the classpath (the local executor, the command line, other
 * compilations) finds them without scanning.
 */
@JsonPropertyOrder({"version", "options", "workflows"})
public record WorkflowIndex(int version, Map<String, String> options, List<Workflow> workflows) {

  /** Where the index lives on the classpath. */
  public static final String RESOURCE = "META-INF/jera/index.json";

  /** The format's version; readers reject newer ones. */
  public static final int VERSION = 1;

  /**
   * An index.
   *
   * @param options the processor options ({@code -Ajera.*}) the manifests were compiled with, as given,
   *     sorted by name; tools compare them with a build's options to find manifests compiled for another
   *     image or version (absent in an index written before they were recorded: empty)
   */
  public WorkflowIndex {
    options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    workflows = List.copyOf(workflows);
  }

  /**
   * One compiled workflow.
   *
   * @param entrypoint the template it starts at when that is not {@code main}, the graph of its steps;
   *     {@code null} too for a library of templates (no steps); for an entry template, {@code steps}
   *     holds that template alone
   * @param templates its {@code @Template}s, which steps of other workflows may call; {@code null} for none
   */
  @JsonPropertyOrder({"name", "kind", "style", "className", "runner", "manifest", "entrypoint", "onExit", "parameters",
      "steps", "templates"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Workflow(
      String name,
      String kind,
      String style,
      String className,
      String runner,
      String manifest,
      String entrypoint,
      String onExit,
      List<Parameter> parameters,
      List<Step> steps,
      List<Step> templates) {
    public Workflow {
      parameters = List.copyOf(parameters);
      steps = List.copyOf(steps);
      templates = templates == null || templates.isEmpty() ? null : List.copyOf(templates);
    }

    /** The entry template's name as a list shows it: {@code main} for steps, {@code -} for a library of templates. */
    public String shownEntrypoint() {
      return entrypoint != null ? entrypoint : steps.isEmpty() ? "-" : "main";
    }
  }

  /** A workflow parameter: its default ({@code null} when required) and allowed values. */
  @JsonPropertyOrder({"name", "defaultValue", "allowed", "description"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Parameter(String name, String defaultValue, List<String> allowed, String description) {
    public Parameter {
      allowed = List.copyOf(allowed);
    }
  }

  /** A step: its method, the Java types of its inputs and of its result ({@code void} for none). */
  @JsonPropertyOrder({"name", "method", "returns", "fansOut", "inputs"})
  public record Step(String name, String method, String returns, boolean fansOut, List<Input> inputs) {
    public Step {
      inputs = List.copyOf(inputs);
    }
  }

  /** An input of a step: its template input name, Java type, and where its value comes from. */
  @JsonPropertyOrder({"name", "type", "source"})
  public record Input(String name, String type, String source) {}
}
