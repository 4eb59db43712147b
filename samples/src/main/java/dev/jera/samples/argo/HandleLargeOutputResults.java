package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Item;
import dev.jera.Output;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Argo's {@code examples/handle-large-output-results.yaml}: a list too large for an output parameter (over
 * 256 kB) travels as a file. {@code get-items} leaves the list as the output artifact {@code items} and its
 * length as the output parameter {@code count}; {@code sequence-param} then runs {@code echo} once per index
 * of {@code withSequence}, whose count reads {@code count} (so the step waits for {@code get-items}), each
 * given the file and its index, and printing that item.
 */
@Workflow(name = "handle-large-output-results", entrypoint = "handle-large-output-results", style = Style.STEPS,
    labels = "workflows.argoproj.io/no-test=flaky")
public class HandleLargeOutputResults {
  /** The outputs of {@code get-items}: the list as a file, and how many items it holds. */
  public record Items(@Output("items") Path items, @Output("count") String count) {}

  /** Writes a small list and its length, as upstream's {@code echo '["a", "b", "c"]' > /tmp/items && echo '3' > /tmp/count}. */
  @Template(name = "get-items")
  public static Items getItems() throws IOException {
    List<String> items = List.of("a", "b", "c");
    Path file = Files.writeString(Files.createTempFile("items", ".json"), "[\"a\", \"b\", \"c\"]\n");
    return new Items(file, String.valueOf(items.size()));
  }

  /** Prints item {@code index} of the list in {@code items}, as upstream's {@code jq '.[index]'} does (quoted, as JSON). */
  @Template
  public static void echo(int index, Path items) throws IOException {
    String list = Files.readString(items).strip();
    String[] entries = list.substring(1, list.length() - 1).split(",");
    System.out.println(entries[index].strip());
  }

  @Script(name = "get-items") @Call(template = "get-items")
  static void getItemsStep() {}

  @Script(name = "sequence-param")
  @Sequence(count = "{{steps.get-items.outputs.parameters.count}}")
  @Call(template = "echo")
  static void sequenceParam(@Item int index, @From(value = "get-items", output = "items") Path items) {}
}
