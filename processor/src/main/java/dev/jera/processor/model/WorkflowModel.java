package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.Style;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Workflow} class, as the user wrote it: names are not yet checked, references not yet
 * resolved. Collected from elements once; everything after reads only this.
 *
 * @param className the class, as the generated runner refers to it
 * @param runnerName the runner to generate, in the class's package
 * @param name the workflow's name ({@code ${jera.appVersion}} already replaced)
 * @param nameGiven whether {@code name} was written, or derived from the class name
 * @param restricted whether pods meet the Pod Security "restricted" profile
 * @param runs set when the workflow runs a template instead of scripts of its own
 * @param library whether the class is a {@code @Library}: scripts only, called from other workflows
 * @param cron the CronWorkflow settings written beyond schedules and time zone
 * @param reachable whether code in the class's package can name the class (it and the classes
 *     enclosing it are not private)
 */
public record WorkflowModel(
    Site site,
    ClassName className,
    ClassName runnerName,
    Text name,
    boolean nameGiven,
    Kind kind,
    Style style,
    Optional<Text> image,
    List<Text> schedules,
    Optional<Text> timezone,
    Optional<Text> onExit,
    Optional<Text> serviceAccount,
    int parallelism,
    Site parallelismSite,
    List<Text> labels,
    List<ParamModel> params,
    List<SecretModel> secrets,
    Optional<RetryModel> retry,
    Optional<ResourcesModel> resources,
    List<ScriptModel> scripts,
    ConstructorAccess construction,
    boolean reachable,
    boolean restricted,
    PodSettings settings,
    Optional<Text> deadline,
    Optional<Text> ttl,
    String podGC,
    Optional<Text> artifactRepository,
    Optional<RunsModel> runs,
    boolean library,
    CronSettings cron) {

  public WorkflowModel {
    schedules = List.copyOf(schedules);
    labels = List.copyOf(labels);
    params = List.copyOf(params);
    secrets = List.copyOf(secrets);
    scripts = List.copyOf(scripts);
  }

  /** The same workflow with its scripts and template reference replaced by resolved ones. */
  public WorkflowModel resolved(List<ScriptModel> resolvedScripts, Optional<RunsModel> resolvedRuns) {
    return new WorkflowModel(
        site, className, runnerName, name, nameGiven, kind, style, image, schedules, timezone, onExit,
        serviceAccount, parallelism, parallelismSite, labels, params, secrets, retry, resources, resolvedScripts,
        construction, reachable, restricted, settings, deadline, ttl, podGC, artifactRepository, resolvedRuns, library,
        cron);
  }

  /** The class's simple name, as the user reads it in messages. */
  public String simpleName() {
    return String.join(".", className.simpleNames());
  }

  /** Whether the runner can create an instance of the class to call instance scripts. */
  public enum ConstructorAccess {
    /** A non-abstract top-level or static nested class with an accessible no-argument constructor. */
    AVAILABLE,
    /** Abstract, an interface, an inner (non-static) class, or no accessible no-argument constructor. */
    UNAVAILABLE
  }
}
