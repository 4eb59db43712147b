package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints a workflow's steps and dependencies as a Mermaid or Graphviz graph: {@code mvn jera:graph -Djera.workflow=NAME}. */
@Mojo(name = "graph", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class GraphMojo extends AbstractCommandMojo {
  /** The workflow, by name ({@code mvn jera:list} shows them). */
  @Parameter(property = "jera.workflow")
  String workflow;

  /** {@code mermaid} or {@code dot}. */
  @Parameter(property = "jera.format", defaultValue = "mermaid")
  String format;

  @Override
  List<String> command() throws MojoFailureException {
    return List.of("graph", Goals.workflow("graph", workflow), "--format", format);
  }
}
