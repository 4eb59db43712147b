package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports what a script or template returns as a named Argo output, which other steps read with
 * {@link From#output()} or as {@code {{steps.<step>.outputs.parameters.<name>}}}
 * ({@code {{tasks.…}}} in a DAG).
 *
 * <p>On a method, the return value is the output: a {@code java.nio.file.Path} becomes the output
 * artifact of that name (instead of {@code result}), any other value the output parameter of that name
 * (a {@code String} as its text, anything else as JSON), which the step also keeps as its result. On
 * the components of a returned record, each annotated component is an output of its own: one step, several
 * outputs. An empty {@code Optional} (or {@code null}) writes nothing, so {@link #defaultValue()} applies;
 * without one, the step fails as Argo fails it when the file is missing.
 *
 * <pre>{@code
 * public record Parity(@Output String num, @Output String evenness) {}
 *
 * @Template(name = "odd-or-even")
 * public static Parity oddOrEven(int num) { ... }
 * }</pre>
 *
 * <p>On a {@link Graph} class (or the {@link Workflow} class, for its own graph) it declares an output of
 * the graph, taken from one of its steps: {@link #from()} names the step and {@link #output()} its named
 * output (empty: its result), or {@link #expression()} computes it ({@code valueFrom.expression},
 * {@code fromExpression}). Callers read it with {@code @From(value = "<step>", output = "<name>")}.
 *
 * <pre>{@code
 * @Graph(name = "nested-wf", style = Style.STEPS)
 * @Output(value = "nested-out-parameter", from = "generate", output = "out-parameter")
 * static class NestedWf { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE})
@Repeatable(Outputs.class)
public @interface Output {
  /**
   * The output's name: Argo's parameter name rules for a value, artifact name rules for a file. On a
   * method it is required; on a record component it defaults to the component's name.
   */
  String value() default "";

  /**
   * The value Argo uses when the step leaves no value ({@code valueFrom.default}): an empty
   * {@code Optional}, a {@code null}, or a producer that was Skipped. Not for files.
   */
  String defaultValue() default NO_DEFAULT;

  /**
   * Also exports the output as the workflow's global output of this name ({@code globalName}), read as
   * {@code {{workflow.outputs.parameters.<name>}}} ({@code …artifacts…} for a file).
   */
  String global() default "";

  /**
   * On a {@link Resource} template, the output is read from the Kubernetes object with this JSONPath
   * ({@code "{.metadata.name}"}, {@code valueFrom.jsonPath}); each output of a resource template gives
   * this or {@link #jqFilter()}, and only those outputs may.
   */
  String jsonPath() default "";

  /** On a {@link Resource} template, the output is read from the object with this jq filter ({@code "."}). */
  String jqFilter() default "";

  /**
   * For a file: when Argo deletes it from its store ({@code artifactGC}), overriding
   * {@link Workflow#artifactGC()}. The default writes nothing: the workflow's strategy applies.
   */
  ArtifactGC gc() default ArtifactGC.ARGO_DEFAULT;

  /** The value of {@link #defaultValue()} that means none: a default may be any other text, even empty. */
  String NO_DEFAULT = "\u0000jera:no-default\u0000";

  /** On a graph: the step of the graph whose output this is ({@code valueFrom.parameter}, an artifact's {@code from}). */
  String from() default "";

  /** On a graph, with {@link #from()}: the step's named output; empty, the default, is its result. */
  String output() default "";

  /**
   * On a graph: an expr-lang expression over the graph's steps that gives the output
   * ({@code valueFrom.expression}; {@code fromExpression} for a file), such as
   * {@code "steps['flip-coin'].outputs.result == 'heads' ? steps.heads.outputs.result : steps.tails.outputs.result"}.
   */
  String expression() default "";

  /** On a graph, with {@link #expression()}: {@code java.nio.file.Path} for a file; a value otherwise. */
  Class<?> type() default String.class;
}
