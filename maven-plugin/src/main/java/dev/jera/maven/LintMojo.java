package dev.jera.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Sends every compiled manifest (or one) through Argo Server's lint endpoint of its kind, which validates it as
 * the controller would, against what is on the cluster: {@code ok} or the server's error for each. A manifest
 * with problems fails the build. Compiles the project first.
 *
 * <p>{@code mvn jera:lint} or {@code mvn jera:lint -Djera.workflow=daily-sales}
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class LintMojo extends AbstractClusterMojo {
  /** The compiled workflow to lint, by name; none lints all. */
  @Parameter(property = "jera.workflow")
  String workflow;

  /** The digest-pinned copies of the manifests, used when the folder exists ({@code jera:pin} writes it). */
  @Parameter(property = "jera.pinned", defaultValue = "${project.build.directory}/argo-pinned")
  File pinned;

  /** Whether to use the digest-pinned copies when they exist; {@code false} sends the compiled manifests. */
  @Parameter(property = "jera.usePinned", defaultValue = "true")
  boolean usePinned;

  @Override
  List<String> command() {
    List<String> args = command("lint");
    if (workflow != null && !workflow.isBlank()) {
      args.add(workflow);
    }
    args.addAll(pinned(pinned, usePinned));
    return args;
  }
}
