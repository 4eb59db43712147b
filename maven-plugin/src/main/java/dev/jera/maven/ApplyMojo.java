package dev.jera.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates or updates the project's WorkflowTemplates, ClusterWorkflowTemplates and CronWorkflows on the cluster,
 * from their digest-pinned copies when {@code jera:pin} wrote some (after {@code mvn package}), templates that
 * others call first. A rerun changes nothing; each resource's line says created, updated (and the first field
 * that differed) or unchanged. A resource the server refuses fails the build, after the others were applied.
 * Compiles the project first.
 *
 * <p>{@code mvn package jera:apply}
 */
@Mojo(name = "apply", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ApplyMojo extends AbstractClusterMojo {
  /** The digest-pinned copies of the manifests, used when the folder exists ({@code jera:pin} writes it). */
  @Parameter(property = "jera.pinned", defaultValue = "${project.build.directory}/argo-pinned")
  File pinned;

  /** Whether to use the digest-pinned copies when they exist; {@code false} applies the compiled manifests. */
  @Parameter(property = "jera.usePinned", defaultValue = "true")
  boolean usePinned;

  @Override
  List<String> command() {
    List<String> args = command("apply");
    args.addAll(pinned(pinned, usePinned));
    return args;
  }
}
