package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.jera.runner.index.WorkflowIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index's JSON is byte for byte what Jackson's default pretty printer wrote before (line breaks
 * {@code \n}), and Jackson reads it back as the same entries, for entries of odd strings.
 */
class IndexJsonTest {
  private static final ObjectWriter JACKSON =
      new ObjectMapper().writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectMapper READER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final String[] PIECES = {
    "a", "Z", "-", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f", "\u0085", "é", "\u2028",
    "\ud83d\ude00", " ", "{", "}", "[", "]", ":", ",", "java.util.List<java.lang.String>", "",
  };

  private final Random random = new Random(13);

  @Test
  void entriesAreWrittenAsJacksonWroteThemAndReadBack() throws IOException {
    for (int i = 0; i < 500; i++) {
      WorkflowIndex.Workflow entry = entry();
      String json = IndexEntries.entryJson(entry);
      assertWithMessage("%s", entry).that(json).isEqualTo(JACKSON.writeValueAsString(entry) + "\n");
      assertWithMessage("%s", json).that(READER.readValue(json, WorkflowIndex.Workflow.class)).isEqualTo(entry);
    }
  }

  @Test
  void theIndexIsWrittenAsJacksonWroteItAndReadsBack() throws IOException {
    for (int i = 0; i < 50; i++) {
      Map<String, String> options = new TreeMap<>();
      for (int n = random.nextInt(3); n > 0; n--) {
        options.put("jera." + text(), text());
      }
      List<WorkflowIndex.Workflow> workflows = new ArrayList<>();
      for (int n = random.nextInt(3); n > 0; n--) {
        workflows.add(entry());
      }
      String json = IndexEntries.json(options, workflows);
      WorkflowIndex sorted = READER.readValue(json, WorkflowIndex.class);
      assertWithMessage("%s", json).that(json).isEqualTo(JACKSON.writeValueAsString(sorted) + "\n");
      assertWithMessage("%s", json).that(sorted.options()).isEqualTo(options);
      assertWithMessage("%s", json).that(sorted.workflows()).containsExactlyElementsIn(workflows);
    }
  }

  private WorkflowIndex.Workflow entry() {
    List<WorkflowIndex.Parameter> parameters = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      parameters.add(new WorkflowIndex.Parameter(text(), maybe(), texts(), maybe()));
    }
    return new WorkflowIndex.Workflow(
        text(), "Workflow", "DAG", text(), text(), "META-INF/argo/" + text() + ".yaml", maybe(), maybe(), parameters,
        steps(), random.nextBoolean() ? null : steps());
  }

  private List<WorkflowIndex.Step> steps() {
    List<WorkflowIndex.Step> steps = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      List<WorkflowIndex.Input> inputs = new ArrayList<>();
      for (int m = random.nextInt(3); m > 0; m--) {
        inputs.add(new WorkflowIndex.Input(text(), text(), maybe()));
      }
      steps.add(new WorkflowIndex.Step(text(), text(), maybe(), random.nextBoolean(), inputs));
    }
    return steps;
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (int n = random.nextInt(3); n > 0; n--) {
      texts.add(text());
    }
    return texts;
  }

  private String maybe() {
    return random.nextInt(3) == 0 ? null : text();
  }

  private String text() {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(5); n > 0; n--) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }
}
