package dev.jera.samples.data;

import dev.jera.Call;
import dev.jera.Data;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.nio.file.Path;
import java.util.List;

/** A data template whose listing is filtered and mapped, then handed to a step per element. */
@Workflow(name = "log-listing", entrypoint = "main", style = Style.STEPS)
public class LogListing {
  /** The logs of the bucket, their names upper-cased. */
  @Template(name = "list-logs")
  @Data(transformation = {"filter(data, {# endsWith \".log\"})", "map(data, {upper(#)})"})
  public static List<String> listLogs(@Param("bucket") @S3(bucket = "logs") Path bucket) {
    return null;
  }

  /** Says which log it got. */
  @Template
  public static String show(String name) {
    return "got " + name;
  }

  @Script(name = "list-logs") @Call(template = "list-logs")
  static List<String> listLogsStep() {
    return null;
  }

  @Script(name = "show", after = "list-logs", forEach = "list-logs") @Call(template = "show")
  static String showStep(@Item String name) {
    return null;
  }
}
