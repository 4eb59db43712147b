package dev.jera.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the most recent local runs and their records (no compilation needed). */
@Mojo(name = "runs", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunsMojo extends AbstractCommandMojo {
  /** How many runs to list, newest first. */
  @Parameter(property = "jera.limit")
  Integer limit;

  /** Where run records are (default {@code $JERA_HOME/runs}, else {@code .jera/runs} in the project's folder). */
  @Parameter(property = "jera.home")
  File home;

  @Override
  List<String> command() {
    List<String> args = new ArrayList<>(List.of("runs"));
    if (limit != null) {
      args.addAll(List.of("--limit", limit.toString()));
    }
    if (home != null) {
      args.addAll(List.of("--home", home.getPath()));
    }
    return args;
  }
}
