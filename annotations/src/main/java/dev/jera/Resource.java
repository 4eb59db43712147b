package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Template} an Argo resource template: instead of running the method, Argo creates,
 * applies, gets, deletes, patches or replaces the Kubernetes object in {@link #manifest()} (its
 * executor runs {@code kubectl}), and with {@link #successCondition()} or {@link #failureCondition()}
 * waits until the object says how it went. The method's body is never run; its parameters are the
 * template's inputs, written in the manifest as {@code {{inputs.parameters.<parameter>}}}. A resource
 * template has no result: what it leaves are the {@link Output}s read from the object with
 * {@link Output#jsonPath()} or {@link Output#jqFilter()}, on the method or on the components of the record
 * it returns.
 *
 * <pre>{@code
 * public record Job(@Output(value = "job-name", jsonPath = "{.metadata.name}") String jobName) {}
 *
 * @Template(name = "rand-num")
 * @Resource(action = Resource.Action.CREATE, successCondition = "status.succeeded > 2",
 *     manifest = """
 *         apiVersion: batch/v1
 *         kind: Job
 *         metadata:
 *           generateName: rand-num-
 *         spec: ...
 *         """)
 * public static Job randNum() { return null; }
 * }</pre>
 *
 * <p>A resource template needs a cluster: a local run says so before it starts, unless a test stubs the
 * steps that call it ({@code LocalRun.stub}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Resource {
  /** What Argo does with the object. */
  Action action();

  /**
   * The object as YAML (a text block): a mapping with {@code apiVersion}, {@code kind} and
   * {@code metadata.name} or {@code metadata.generateName}; for a patch with {@code mergeStrategy = JSON}
   * a JSON patch (a list of operations). It may hold tags ({@code {{inputs.parameters.x}}},
   * {@code {{workflow.name}}}). A {@code GET} or {@code DELETE} that names its object in {@link #flags()}
   * needs none.
   */
  String manifest() default "";

  /** How a {@link Action#PATCH} is applied; only for a patch, whose default is Kubernetes' strategic merge. */
  MergeStrategy mergeStrategy() default MergeStrategy.STRATEGIC;

  /** Extra arguments for {@code kubectl}: {@code {"configmap", "--selector", "cleanup=true"}}. */
  String[] flags() default {};

  /** A label-selector-like condition on the object that ends the step Succeeded: {@code "status.succeeded > 2"}. */
  String successCondition() default "";

  /** A condition on the object that ends the step Failed: {@code "status.failed > 1"}. */
  String failureCondition() default "";

  /** Makes the workflow the object's owner, so Kubernetes deletes the object with the workflow. */
  boolean setOwnerReference() default false;

  /** The {@code kubectl} verb Argo runs. */
  enum Action {
    CREATE,
    APPLY,
    GET,
    DELETE,
    PATCH,
    REPLACE
  }

  /** The kind of patch ({@code kubectl patch --type}). */
  enum MergeStrategy {
    STRATEGIC,
    MERGE,
    JSON
  }
}
