package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Follows a workflow on the cluster until it ends, printing each step as it starts and ends, then the same
 * table as a local run; a workflow that does not succeed fails the build.
 *
 * <p>{@code mvn jera:watch -Djera.workflow=daily-sales-x7k2p}
 */
@Mojo(name = "watch", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class WatchMojo extends AbstractClusterMojo {
  /** The Workflow's name on the cluster, as {@code jera:submit} printed it, such as {@code daily-sales-x7k2p}. */
  @Parameter(property = "jera.workflow")
  String workflow;

  @Override
  List<String> command() throws MojoFailureException {
    List<String> args = command("watch");
    args.add(clusterWorkflow("watch", workflow));
    return args;
  }

  @Override
  String failure(List<String> command, JeraProcess.Ended ended) {
    String outcome = ended.code() == 1 && ended.error() == null ? workflowOutcome(ended.lastOut()) : null;
    return outcome != null ? outcome : super.failure(command, ended);
  }
}
