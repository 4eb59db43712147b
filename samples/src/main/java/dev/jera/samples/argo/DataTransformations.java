package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Data;
import dev.jera.Env;
import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.nio.file.Path;
import java.util.List;

/**
 * Argo's {@code examples/data-transformations.yaml}: the data template {@code list-log-files} lists the
 * bucket {@code my-bucket} and keeps the keys ending in {@code main.log}; {@code process-logs} then runs once
 * per key, with the file at that key of the artifact repository as {@code file}.
 */
@Workflow(name = "data-transformations", entrypoint = "data-transformations", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=environment",
    annotations = {"workflows.argoproj.io/description=This workflow demonstrates using a data template to list in an"
        + " S3 bucket\nand then process those log files.\n", "workflows.argoproj.io/version=>= 3.1.0"})
public class DataTransformations {
  /** The keys of my-bucket that end in main.log. */
  @Template(name = "list-log-files")
  @Data(transformation = "filter(data, {# endsWith \"main.log\"})")
  public static List<String> listLogFiles(@Param("test-bucket") @S3(bucket = "my-bucket") Path testBucket) {
    return null;
  }

  /** Prints the key and the start of the file, as upstream's {@code echo} and {@code head}. */
  @Template(name = "process-logs")
  @Container(image = "argoproj/argosay:v2", command = {"sh", "-c"},
      args = "echo \"$FILE_NAME\"\nhead \"{{inputs.artifacts.file.path}}\"\n")
  @Env(name = "FILE_NAME", value = "{{inputs.parameters.file-name}}")
  public static void processLogs(@Param("file-name") String fileName, Path file) {}

  @Script(name = "list-log-files") @Call(template = "list-log-files")
  static List<String> listLogFilesStep() {
    return null;
  }

  @Script(name = "process-logs", after = "list-log-files", forEach = "list-log-files") @Call(template = "process-logs")
  static void processLogsStep(@Value("{{item}}") String fileName, @S3(key = "{{item}}") Path file) {}
}
