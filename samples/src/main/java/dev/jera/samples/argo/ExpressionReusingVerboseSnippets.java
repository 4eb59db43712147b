package dev.jera.samples.argo;

import dev.jera.Param;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argo's {@code examples/expression-reusing-verbose-snippets.yaml}: the input {@code week-temps} of the template
 * {@code main} decodes the base64 JSON in the workflow parameter {@code weather} once, maps over it to name it
 * {@code #}, and makes a JSON object of the week's average, minimum and maximum with sprig; the template reads
 * each back with {@code jsonpath} and prints them.
 */
@Workflow(name = "expression-reusing-verbose-snippets", entrypoint = "main")
@Param(value = "weather", defaultValue = "{\"weekWeather\": \"eyJ0ZW1wcyI6IFszNCwgMjcsIDE1LCA1NywgNDZdfQo=\"}")
public class ExpressionReusingVerboseSnippets {
  /** The week's temperatures as a JSON object, as upstream's input computes it. */
  static final String WEEK_TEMPS = """
      {{=
        map([
            jsonpath(sprig.b64dec(jsonpath(workflow.parameters.weather, '$.weekWeather')), '$.temps')
          ], {
            toJson({
              avg: sprig.add(#[0], #[1], #[2], #[3], #[4]) / 5,
              min: sprig.min(#[0], #[1], #[2], #[3], #[4]),
              max: sprig.max(#[0], #[1], #[2], #[3], #[4])
            })
        })[0]
      }}""";

  /**
   * Prints the week's figures, as upstream's {@code echo} of {@code $AVG}, {@code $MIN} and {@code $MAX}, which
   * its environment reads from {@code week-temps} with {@code jsonpath}.
   */
  @Template(name = "main")
  public static void main(@Param("week-temps") @Value(WEEK_TEMPS) String weekTemps) {
    System.out.println("The week's average temperature was " + field(weekTemps, "avg") + " with a minimum of "
        + field(weekTemps, "min") + " and a maximum of " + field(weekTemps, "max") + ".");
  }

  /** A number of the flat JSON object {@code week-temps} is ({@code {"avg":35.8,"max":57,"min":15}}). */
  static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":([-0-9.eE+]+)").matcher(json);
    return matcher.find() ? matcher.group(1) : "";
  }
}
