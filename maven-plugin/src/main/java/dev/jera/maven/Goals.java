package dev.jera.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;

/** What several goals check and build alike. */
final class Goals {
  /** {@code -Djera.params=FILE}: the short name of {@code jera.parametersFile}. */
  static final String PARAMS_FILE_ALIAS = "jera.params";

  private Goals() {}

  /**
   * The workflow parameters of {@code run} and {@code submit} as the command takes them: {@code -f FILE} (the
   * goal's {@code parametersFile}, else {@code -Djera.params=FILE}), then {@code -p name=value} for each of the
   * pom's {@code <parameters>} and each {@code -Djera.param.NAME=VALUE}, which win.
   */
  static void parameters(List<String> args, File file, Map<String, String> fromPom, Properties given) {
    String path = file != null ? file.getPath() : given.getProperty(PARAMS_FILE_ALIAS);
    if (path != null && !path.isEmpty()) {
      args.addAll(List.of("-f", path));
    }
    Map<String, String> params = new LinkedHashMap<>(fromPom == null ? Map.of() : fromPom);
    params.putAll(RunMojo.prefixed(given, RunMojo.PARAM_PREFIX));
    params.forEach((name, value) -> args.addAll(List.of("-p", name + "=" + (value == null ? "" : value))));
  }

  /** The workflow a goal works on, or a failure saying how to give one. */
  static String workflow(String goal, String workflow) throws MojoFailureException {
    if (workflow == null || workflow.isBlank()) {
      throw new MojoFailureException("jera:" + goal + " needs a workflow: -Djera.workflow=NAME (mvn jera:list shows them)");
    }
    return workflow;
  }
}
