package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the logs of a workflow's steps on the cluster (their main containers), each line prefixed by its step;
 * with {@code jera.step}, that step's only.
 *
 * <p>{@code mvn jera:logs -Djera.workflow=daily-sales-x7k2p -Djera.step=tax}
 */
@Mojo(name = "logs", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LogsMojo extends AbstractClusterMojo {
  /** The Workflow's name on the cluster, as {@code jera:submit} printed it. */
  @Parameter(property = "jera.workflow")
  String workflow;

  /** A step (or an item such as {@code tax(0:…)}, or the exit handler): its logs only. */
  @Parameter(property = "jera.step")
  String step;

  @Override
  List<String> command() throws MojoFailureException {
    List<String> args = command("logs");
    args.add(clusterWorkflow("logs", workflow));
    if (step != null && !step.isBlank()) {
      args.add(step);
    }
    return args;
  }
}
