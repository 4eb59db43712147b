package dev.jera.local.manifest;

import dev.jera.argo.KubeNames;
import dev.jera.argo.variables.ArtifactReference;
import java.util.Optional;

/**
 * The names of a manifest that the local executor turns into file names or hands to a process, held
 * to the rules Argo and Kubernetes hold them to, so a manifest from any jar on the class path can
 * neither write outside its run's folder nor break a step's process: the workflow's name (the run's
 * folder), template, task and step names ({@code steps/<task>/}), artifact names
 * ({@code artifacts/inputs/<name>}, {@code artifacts/outputs/<name>}), the names of other workflows
 * it refers to, environment variable names, artifact paths and {@code from} references. Each check
 * gives what is wrong, or empty.
 */
public final class ManifestNames {
  /** Argo's limits on a resource's name: 63 characters, 52 for a CronWorkflow (a timestamp is appended). */
  private static final int NAME_MAX = 63;
  private static final int CRON_NAME_MAX = 52;
  /** A generated name adds five characters and must still fit Argo's 63. */
  private static final int GENERATE_NAME_MAX = 58;

  private ManifestNames() {}

  /** {@code metadata.name}: a DNS-1123 subdomain within Argo's limit for the kind. */
  static Optional<String> resourceName(String kind, String name) {
    return KubeNames.dns1123Subdomain(name, kind.equals("CronWorkflow") ? CRON_NAME_MAX : NAME_MAX);
  }

  /** {@code metadata.generateName}: what Kubernetes checks, the prefix with a trailing '-' masked, within 58. */
  static Optional<String> generateName(String prefix) {
    String masked = prefix.endsWith("-") ? prefix.substring(0, prefix.length() - 1) + "a" : prefix;
    return KubeNames.dns1123Subdomain(masked, GENERATE_NAME_MAX).map(problem -> problem.replace(masked, prefix));
  }

  /** A template, task or step name: Argo's {@code ^[a-zA-Z0-9][-a-zA-Z0-9]*$}, at most 128 characters. */
  static Optional<String> templateName(String name) {
    return KubeNames.argoTemplateName(name);
  }

  /** The name of another workflow a manifest refers to: a Kubernetes resource name. */
  public static Optional<String> referencedName(String name) {
    return KubeNames.dns1123Subdomain(name, NAME_MAX);
  }

  /** An artifact name: Argo's {@code ^[-a-zA-Z0-9_]+$}. */
  static Optional<String> artifactName(String name) {
    return KubeNames.argoParameterName(name);
  }

  /** An output parameter's name, which becomes a file name: Argo's {@code ^[-a-zA-Z0-9_]+$}. */
  static Optional<String> parameterName(String name) {
    return KubeNames.argoParameterName(name);
  }

  /** A container's name, as Kubernetes validates it: a DNS-1123 label (no path can come of it). */
  static Optional<String> containerName(String name) {
    return KubeNames.dns1123Label(name);
  }

  /** An environment variable name, as Kubernetes validates it. */
  static Optional<String> envName(String name) {
    return KubeNames.envVarName(name);
  }

  /** An artifact's {@code path}: no {@code ..} segment (Argo: "Directory traversal is not permitted"). */
  static Optional<String> artifactPath(String path) {
    for (String segment : path.split("[/\\\\]", -1)) {
      if (segment.equals("..")) {
        return Optional.of("'" + path + "' contains '..'; directory traversal is not permitted");
      }
    }
    return Optional.empty();
  }

  /**
   * An argument's {@code subPath}: relative, with no {@code ..} segment, so that the part handed over is
   * inside the producer's file (and the run's folder).
   */
  public static Optional<String> subPath(String subPath) {
    if (subPath.startsWith("/") || subPath.startsWith("\\")) {
      return Optional.of("'" + subPath + "' is absolute; a sub-path is relative to the artifact");
    }
    return artifactPath(subPath);
  }

  /** An artifact's {@code from}: exactly one tag naming an artifact, such as {@code {{tasks.x.outputs.artifacts.result}}}. */
  static Optional<String> artifactReference(String from) {
    return ArtifactReference.is(from)
        ? Optional.empty()
        : Optional.of("'" + from + "' is not a reference to an artifact; write one tag such as"
            + " {{tasks.<task>.outputs.artifacts.<name>}}");
  }

  /**
   * Checks a manifest as the executor is about to run it, however it was made (the reader checks each
   * field as it reads, naming it; this guards a {@link WorkflowManifest} built in code): the names that become
   * the run's and its steps' folders and files, and the environment of its processes.
   *
   * @param workflow the name the run falls back to when the manifest has none
   * @throws ManifestException naming the first bad name
   */
  public static void check(WorkflowManifest manifest, String workflow) {
    String where = "workflow '" + workflow + "'";
    if (manifest.name() != null) {
      refuse(where, resourceName(manifest.kind(), manifest.name()), "workflow name");
    } else if (manifest.generateName() != null) {
      refuse(where, generateName(manifest.generateName()), "workflow generateName");
    } else {
      refuse(where, referencedName(workflow), "workflow name");
    }
    manifest.templates().keySet().forEach(name -> refuse(where, templateName(name), "template name"));
    for (Task task : manifest.graphTasks()) {
      refuse(where, templateName(task.name()), "task name");
      task.artifacts().forEach(artifact -> refuse(where, artifactName(artifact.name()), "artifact name"));
    }
    for (PodTemplate pod : manifest.podTemplates()) {
      pod.inputArtifacts().forEach(artifact -> refuse(where, artifactName(artifact.name()), "artifact name"));
      pod.outputArtifacts().forEach(artifact -> refuse(where, artifactName(artifact.name()), "artifact name"));
      pod.outputParameters().forEach(parameter -> refuse(where, parameterName(parameter.name()), "output parameter name"));
      pod.env().forEach(variable -> refuse(where, envName(variable.name()), "environment variable name"));
      pod.envFrom().stream().filter(source -> !source.prefix().isEmpty())
          .forEach(source -> refuse(where, envName(source.prefix()), "environment variable prefix"));
    }
  }

  private static void refuse(String where, Optional<String> problem, String what) {
    problem.ifPresent(p -> {
      throw new ManifestException(where + ": not a valid " + what + ": " + p);
    });
  }
}
