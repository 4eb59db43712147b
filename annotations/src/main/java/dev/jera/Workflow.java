package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as one Argo workflow whose steps are the class's {@link Script} methods.
 *
 * <p>Compiling the class writes {@code META-INF/argo/<name>.yaml} (a manifest Argo Workflows v3.6+ and
 * v4 accept as it is) and a runner class, {@code <Class>_JeraRunner}, that runs each script inside
 * the container image. Mistakes in the wiring are compile errors on the element at fault.
 *
 * <pre>{@code
 * @Workflow(name = "currency-etl", image = "registry.example.com/etl:1.4.0")
 * @Param(value = "source", defaultValue = "USD-THB")
 * public class CurrencyEtl { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Workflow {

  /**
   * The workflow's name: lowercase letters, digits, {@code -} and {@code .}, starting and ending with
   * a letter or digit (Kubernetes DNS-1123). At most 58 characters for a {@link Kind#WORKFLOW} (Argo
   * appends a random suffix to {@code generateName}), 52 for a {@link Kind#CRON_WORKFLOW}, 63
   * otherwise. {@code ${jera.appVersion}} is replaced by the processor option {@code jera.appVersion},
   * your application's version (lowercased, with characters a name cannot hold turned into {@code -}), so
   * template names can carry the build's version ({@code ${jera.version}}, its old spelling, still works,
   * with a warning). Default: the class's simple name in kebab-case ({@code CurrencyEtl} becomes
   * {@code currency-etl}).
   */
  String name() default "";

  /**
   * The template the workflow starts at, Argo's {@code spec.entrypoint}. When the class has
   * {@link Script} steps they form the graph of that name ({@code main} by default). It may instead
   * name a {@link Template} of the class: the workflow then runs that template alone, its inputs fed
   * by the workflow's {@link Param}s of the same names, and the class has no steps. A
   * {@link Kind#WORKFLOW_TEMPLATE} or {@link Kind#CLUSTER_WORKFLOW_TEMPLATE} with neither steps nor an
   * entrypoint is a library of templates that other workflows call. Default: {@code main}.
   */
  String entrypoint() default "";

  /** Which Argo resource the manifest holds. Default: a {@link Kind#WORKFLOW}. */
  Kind kind() default Kind.WORKFLOW;

  /** How the steps are laid out: a DAG ({@code depends}) or STEPS (parallel groups). Default DAG. */
  Style style() default Style.DAG;

  /**
   * The container image of every script that sets none. When empty, the processor option
   * {@code -Ajera.image=…} applies; a script with no image at all is a compile error. Use a tag or a
   * digest: {@code :latest} and untagged images draw a warning.
   */
  String image() default "";

  /**
   * The cron schedules of a {@link Kind#CRON_WORKFLOW}, required there and only allowed there: five
   * fields ({@code "*&#47;5 * * * *"}) or a descriptor ({@code "@daily"}, {@code "@every 1h"}).
   */
  String[] schedule() default {};

  /**
   * Whether Kubernetes names each submitted {@link Kind#WORKFLOW} {@code <name>-<random suffix>}
   * ({@code metadata.generateName}, the default). {@code false} gives the workflow exactly
   * {@link #name()} ({@code metadata.name}), up to 63 characters: one such workflow can exist in a
   * namespace at a time, as Argo's {@code forever.yaml} wants. WORKFLOW only.
   */
  boolean generateName() default true;

  /** The IANA time zone of the schedules, e.g. {@code "Asia/Bangkok"}; {@link Kind#CRON_WORKFLOW} only. */
  String timezone() default "";

  /**
   * What a {@link Kind#CRON_WORKFLOW} does when a run is due while an earlier one is still running:
   * {@code "Allow"} starts it anyway (Argo's default), {@code "Forbid"} skips it, {@code "Replace"}
   * stops the running one and starts the new one. CRON_WORKFLOW only.
   */
  String concurrencyPolicy() default "";

  /**
   * For how many seconds after a missed scheduled time (the controller was down) a
   * {@link Kind#CRON_WORKFLOW} still starts that run; at least 0. Not set by default (Argo: 0).
   * CRON_WORKFLOW only.
   */
  int startingDeadlineSeconds() default -1;

  /**
   * How many succeeded runs of a {@link Kind#CRON_WORKFLOW} Argo keeps; at least 0. Not set by
   * default (Argo: 3). CRON_WORKFLOW only.
   */
  int successfulJobsHistoryLimit() default -1;

  /**
   * How many failed runs of a {@link Kind#CRON_WORKFLOW} Argo keeps; at least 0. Not set by default
   * (Argo: 1). CRON_WORKFLOW only.
   */
  int failedJobsHistoryLimit() default -1;

  /** Whether a {@link Kind#CRON_WORKFLOW} is created suspended: it schedules nothing until resumed. */
  boolean suspend() default false;

  /**
   * A condition a {@link Kind#CRON_WORKFLOW} checks each time a schedule is due; the run starts only
   * when it is true (Argo v3.6+). It reads {@code cronworkflow.*} variables, usually in an expression
   * tag: {@code "{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 3600 }}"}
   * runs at most once an hour. CRON_WORKFLOW only.
   */
  String when() default "";

  /**
   * When a {@link Kind#CRON_WORKFLOW} stops scheduling for good (Argo v3.6+, {@code stopStrategy}): an
   * expression over {@code cronworkflow.failed} and {@code cronworkflow.succeeded}, the counts of its
   * finished runs, e.g. {@code "cronworkflow.failed >= 3"}. CRON_WORKFLOW only.
   */
  String stopStrategy() default "";

  /**
   * A script of this class (by method or step name) run when the workflow ends, whatever its outcome.
   * It is not a step of the graph; it can read {@code {{workflow.status}}} and
   * {@code {{workflow.failures}}} through {@link Value}.
   */
  String onExit() default "";

  /** The Kubernetes service account the workflow's pods run as. */
  String serviceAccount() default "";

  /** The most pods of this workflow that run at once; 0 leaves it unlimited. */
  int parallelism() default 0;

  /** Labels of the workflow resource, each {@code "key=value"} in Kubernetes label syntax. */
  String[] labels() default {};

  /**
   * Annotations of the workflow resource, each {@code "key=value"}: the key in Kubernetes label-key
   * syntax ({@code workflows.argoproj.io/description}), the value any text, newlines included. Steps
   * read them as {@code {{workflow.annotations.<key>}}}; {@code workflows.argoproj.io/scheduled-time}
   * also defines {@code {{workflow.scheduledTime}}}.
   */
  String[] annotations() default {};

  /**
   * Labels Argo computes when the workflow starts ({@code spec.workflowMetadata.labelsFrom}), each
   * {@code "key=expression"}: an expr-lang expression over the workflow's variables that gives a
   * string, e.g. {@code "environment=workflow.parameters.env"}, so runs can be found by the values
   * they were given. Steps read them as {@code {{workflow.labels.<key>}}}.
   */
  String[] labelsFrom() default {};

  /**
   * The workflow's priority among workflows waiting for the controller ({@code spec.priority}):
   * higher runs first. Steps read it as {@code {{workflow.priority}}}. Not set by default.
   */
  int priority() default 0;

  /**
   * A PodDisruptionBudget for the workflow's pods: how many must stay available during a voluntary
   * disruption (a node drain), a whole number or a percentage ({@code "9999"}, {@code "50%"}). At
   * most one of this and {@link #maxUnavailable()}.
   */
  String minAvailable() default "";

  /** A PodDisruptionBudget: how many of the workflow's pods may be disrupted at once ({@code "1"}, {@code "25%"}). */
  String maxUnavailable() default "";

  /**
   * Whether every pod meets the Kubernetes Pod Security "restricted" profile: it runs as a non-root
   * user (the processor option {@code jera.runAsUser}, 65532 by default, the user of the images the
   * Jib set-up builds), with no privilege escalation, all capabilities dropped and the
   * {@code RuntimeDefault} seccomp profile. Set {@code false} only for an image that must run as
   * root or needs a capability; namespaces that enforce the profile will then reject its pods.
   */
  boolean restricted() default true;

  /** Fails the whole workflow once it has run this long, as a Go duration ({@code "2h"}). */
  String deadline() default "";

  /** Deletes the finished workflow after this long, as a Go duration ({@code "24h"}). */
  String ttl() default "";

  /** Deletes a workflow that succeeded after this long, instead of {@link #ttl()} ({@code "5s"}). */
  String ttlAfterSuccess() default "";

  /** Deletes a workflow that failed or erred after this long, instead of {@link #ttl()} ({@code "1h"}). */
  String ttlAfterFailure() default "";

  /** When Argo deletes the workflow's pods. Default: never (they stay for inspection). */
  PodGC podGC() default PodGC.NONE;

  /** How long Argo waits before deleting a pod that {@link #podGC()} selects, as a Go duration ({@code "30s"}). */
  String podGCDelay() default "";

  /**
   * Which pods {@link #podGC()} deletes, by their labels: each {@code "key=value"} or a requirement
   * {@code "key in (a, b)"}, {@code "key notin (a)"}, {@code "key exists"}, {@code "key doesnotexist"};
   * all must hold. Empty: every pod the strategy selects.
   */
  String[] podGCSelector() default {};

  /**
   * Whether Argo keeps the logs of every step in the artifact repository ({@code spec.archiveLogs}).
   * Not set by default (the controller's configuration decides).
   */
  boolean archiveLogs() default false;

  /**
   * The artifact repository for the files scripts return and key-only {@link S3} inputs read, as
   * {@code "configmap/key"} (Argo's {@code artifactRepositoryRef}), or a bare {@code "key"} of the
   * namespace's {@code artifact-repositories} ConfigMap; empty uses the namespace's default.
   */
  String artifactRepository() default "";

  /**
   * When Argo deletes the files the workflow's steps stored ({@code spec.artifactGC.strategy}); one
   * output may say otherwise with {@link Output#gc()}. The default writes nothing: Argo keeps them.
   */
  ArtifactGC artifactGC() default ArtifactGC.ARGO_DEFAULT;

  /**
   * Makes this a workflow that runs a {@link Kind#WORKFLOW_TEMPLATE} (or cluster template) instead of
   * scripts of its own (Argo's {@code workflowTemplateRef}): the class declares only
   * {@link Param}s, the template's arguments. Give the template class, or {@link #runsTemplate()}.
   */
  Class<?> runs() default void.class;

  /** The name of a template compiled by Jera into a jar on the class path, for {@link #runs()}. */
  String runsTemplate() default "";
}
