package dev.jera.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the workflows compiled onto the project's class path (compiling it first): name, kind and steps. */
@Mojo(name = "list", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class ListMojo extends AbstractCommandMojo {
  @Override
  List<String> command() {
    return List.of("list");
  }
}
