package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints a workflow's manifest, as compiled: {@code mvn jera:show -Djera.workflow=NAME}. */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ShowMojo extends AbstractCommandMojo {
  /** The workflow, by name ({@code mvn jera:list} shows them). */
  @Parameter(property = "jera.workflow")
  String workflow;

  @Override
  List<String> command() throws MojoFailureException {
    return List.of("show", Goals.workflow("show", workflow));
  }
}
