package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints a workflow on the cluster: once it has ended, the same table as a local run; while it runs, each step's
 * phase so far; with {@code -Djera.output=json}, the Workflow as the server returned it (alone on stdout).
 *
 * <p>{@code mvn jera:get -Djera.workflow=daily-sales-x7k2p}
 */
@Mojo(name = "get", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GetMojo extends AbstractClusterMojo {
  /** The Workflow's name on the cluster, as {@code jera:submit} printed it. */
  @Parameter(property = "jera.workflow")
  String workflow;

  /** {@code text} (a table) or {@code json} (the server's JSON, alone on stdout). */
  @Parameter(property = "jera.output", defaultValue = "text")
  String output;

  @Override
  List<String> command() throws MojoFailureException {
    if (!"text".equals(output) && !"json".equals(output)) {
      throw new MojoFailureException("jera.output '" + output + "' is not one of text, json");
    }
    List<String> args = command("get");
    args.add(clusterWorkflow("get", workflow));
    args.addAll(List.of("--output", output));
    return args;
  }

  @Override
  boolean separateStreams() {
    return "json".equals(output);
  }
}
