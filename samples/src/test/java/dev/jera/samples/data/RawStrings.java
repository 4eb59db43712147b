package dev.jera.samples.data;

import dev.jera.From;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.List;

/**
 * One text through every path a {@code String} travels: a workflow parameter, a result taken with
 * {@code @From} and with {@code @Value}, the items of a fan-out and its fan-in. Each step returns what
 * it was given, so a run shows what each path delivered.
 */
@Workflow(name = "raw-strings")
@Param("text")
public class RawStrings {

  @Script
  public static String param(@Param("text") String text) {
    return text;
  }

  @Script
  public static String from(@From("param") String text) {
    return text;
  }

  @Script
  public static String value(@Value("{{tasks.param.outputs.result}}") String text) {
    return text;
  }

  @Script
  public static List<String> split(@Param("text") String text) {
    return List.of(text, text);
  }

  @Script(forEach = "split")
  public static String each(@Item String text) {
    return text;
  }

  @Script
  public static String gather(@From("each") List<String> texts) {
    return texts.get(1);
  }
}
