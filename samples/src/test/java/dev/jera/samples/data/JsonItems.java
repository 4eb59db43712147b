package dev.jera.samples.data;

import dev.jera.Item;
import dev.jera.Script;
import dev.jera.Workflow;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

/** Literal items of types other than String, given as JSON: each step must get its item decodable. */
@Workflow(name = "json-items")
public class JsonItems {

  public record Pair(String name, int count) {}

  @Script(items = {"{\"name\": \"say \\\"hi\\\"\", \"count\": 1}", "{\"count\": 2, \"name\": \"back\\\\slash\"}"})
  public static String pair(@Item Pair pair) {
    return pair.name() + "=" + pair.count();
  }

  @Script(items = {"[\"a\\\"b\", \"c\"]", "[]"})
  public static String words(@Item List<String> words) {
    return String.join("|", words);
  }

  @Script(items = {"\"MONDAY\"", "TUESDAY"})
  public static String day(@Item DayOfWeek day) {
    return day.name();
  }

  @Script(items = {"1", "0.10"})
  public static String amount(@Item BigDecimal amount) {
    return amount.toPlainString();
  }
}
