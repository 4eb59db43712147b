package dev.jera.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs a compiled workflow on the cluster, as {@code jera submit} does: its parameters are checked first exactly as
 * {@code jera:run} checks them (a mistake fails the build before any request), every template it needs must be on
 * the cluster ({@code jera:apply} puts them there), and the Workflow is created from the digest-pinned copy when
 * {@code jera:pin} wrote one, or a (Cluster)WorkflowTemplate or CronWorkflow is run through the server's submit
 * endpoint. Prints the Workflow's name; with {@code -Djera.watch}, follows it to its end, and a workflow that does
 * not succeed fails the build. Compiles the project first.
 *
 * <p>{@code mvn jera:submit -Djera.workflow=daily-sales -Djera.param.region=south -Djera.watch}
 */
@Mojo(name = "submit", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class SubmitMojo extends AbstractClusterMojo {
  /** The compiled workflow to run, by name ({@code mvn jera:list} shows them). */
  @Parameter(property = "jera.workflow")
  String workflow;

  /**
   * Workflow parameters by name, e.g. {@code <parameters><region>south</region></parameters>}; on the command
   * line {@code -Djera.param.region=south}, which wins.
   */
  @Parameter
  Map<String, String> parameters;

  /** A YAML or JSON file of parameters by name ({@code -Djera.params=FILE} for short); {@link #parameters} win. */
  @Parameter(property = "jera.parametersFile")
  File parametersFile;

  /** Follow the Workflow until it ends; one that does not succeed fails the build. */
  @Parameter(property = "jera.watch", defaultValue = "false")
  boolean watch;

  /** The digest-pinned copies of the manifests, used when the folder exists ({@code jera:pin} writes it). */
  @Parameter(property = "jera.pinned", defaultValue = "${project.build.directory}/argo-pinned")
  File pinned;

  /** Whether to use the digest-pinned copies when they exist; {@code false} submits the compiled manifest. */
  @Parameter(property = "jera.usePinned", defaultValue = "true")
  boolean usePinned;

  @Override
  List<String> command() throws MojoFailureException {
    List<String> args = command("submit");
    args.add(Goals.workflow("submit", workflow));
    Goals.parameters(args, parametersFile, parameters, session.getUserProperties());
    if (watch) {
      args.add("--watch");
    }
    args.addAll(pinned(pinned, usePinned));
    return args;
  }

  @Override
  String failure(List<String> command, JeraProcess.Ended ended) {
    String outcome = ended.code() == 1 && ended.error() == null ? workflowOutcome(ended.lastOut()) : null;
    return outcome != null ? outcome : super.failure(command, ended);
  }
}
