package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where and how a step's pod is scheduled. On a {@link Workflow} class it applies to every pod of the
 * workflow; on a {@link Script}, to that step's pods (and wins over the class for what it sets).
 *
 * <pre>{@code
 * @Pod(nodeSelector = "disktype=ssd", tolerations = "dedicated=etl:NoSchedule",
 *      affinity = "topology.kubernetes.io/zone in (eu-west-1a, eu-west-1b)", priorityClass = "batch-high")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Pod {
  /**
   * Node labels the node must have, each {@code "key=value"}; the value may hold tags Argo resolves
   * for the step ({@code "kubernetes.io/arch={{inputs.parameters.arch}}"}), the key may not.
   */
  String[] nodeSelector() default {};

  /**
   * Taints the pod tolerates, each {@code "key=value:Effect"}, {@code "key:Effect"} (any value) or
   * {@code "key=value"} (any effect); effects are {@code NoSchedule}, {@code PreferNoSchedule} and
   * {@code NoExecute}.
   */
  String[] tolerations() default {};

  /**
   * Required node affinity, each a label requirement: {@code "key in (a, b)"},
   * {@code "key notin (a)"}, {@code "key exists"} or {@code "key doesnotexist"}; all must hold.
   */
  String[] affinity() default {};

  /** The PriorityClass of the pods. */
  String priorityClass() default "";

  /** Secrets holding credentials to pull the images (class only). */
  String[] imagePullSecrets() default {};

  /**
   * Labels of the pods, each {@code "key=value"} in Kubernetes label syntax (a template's
   * {@code metadata}, or the workflow's {@code podMetadata} on the class).
   */
  String[] labels() default {};

  /** Annotations of the pods, each {@code "key=value"}: the key in label-key syntax, the value any text. */
  String[] annotations() default {};

  /**
   * A patch Argo applies to the pod spec it builds ({@code podSpecPatch}), as YAML or JSON, after
   * substituting its tags: the way to set fields that are not strings from parameters, e.g.
   * {@code "{\"containers\":[{\"name\":\"main\",\"resources\":{\"limits\":{\"cpu\":\"{{workflow.parameters.cpu}}\"}}}]}"}.
   * It may patch only the containers the pod has: {@code main} (the step) and {@code wait} (Argo's).
   */
  String specPatch() default "";

  /**
   * Dynamic resource claims of the pods ({@code resourceClaims}), each {@code "name=template"} (a
   * ResourceClaimTemplate a claim is made from per pod) or {@code "name=claim/existing"} (an existing
   * ResourceClaim); containers use one through {@link Resources#claims()}. On a script the list
   * replaces the class's.
   */
  String[] resourceClaims() default {};

  /** DNS name servers the pods use besides the cluster's, as IP addresses (class only). */
  String[] nameservers() default {};

  /** DNS resolver options, each {@code "name=value"} or {@code "name"} ({@code "ndots=2"}); class only. */
  String[] dnsOptions() default {};

  /** DNS search domains of the pods (class only). */
  String[] dnsSearches() default {};
}
