package dev.jera.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the workflows compiled onto the project's class path (compiling it first): name, kind and steps. With
 * {@code -Djera.cluster}, the Workflows on the cluster instead, newest first, as {@code jera list --cluster}
 * does: all of the namespace, those submitted from compiled workflow {@code jera.workflow}, or those matching
 * {@code jera.selector}.
 */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ListMojo extends AbstractClusterMojo {
  /** The Workflows on the cluster instead of the workflows compiled here. */
  @Parameter(property = "jera.cluster", defaultValue = "false")
  boolean cluster;

  /** With {@code jera.cluster}: only the Workflows submitted from this compiled workflow. */
  @Parameter(property = "jera.workflow")
  String workflow;

  /** With {@code jera.cluster}: only the Workflows with these labels, such as {@code team=a}. */
  @Parameter(property = "jera.selector")
  String selector;

  /** With {@code jera.cluster}: at most this many (default 50). */
  @Parameter(property = "jera.limit")
  Integer limit;

  @Override
  List<String> command() {
    if (!cluster) {
      return List.of("list");
    }
    List<String> args = command("list --cluster");
    if (workflow != null && !workflow.isBlank()) {
      args.add(workflow);
    }
    if (selector != null && !selector.isBlank()) {
      args.addAll(List.of("--selector", selector));
    }
    if (limit != null) {
      args.addAll(List.of("--limit", limit.toString()));
    }
    return args;
  }

  @Override
  Map<String, String> environment() {
    return cluster ? super.environment() : Map.of();
  }
}
