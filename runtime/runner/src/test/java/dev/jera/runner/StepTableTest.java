package dev.jera.runner;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jera.runner.json.Codecs;
import dev.jera.runner.json.Containers;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table every generated runner extends: how a step's kind decides what its run prints. */
class StepTableTest {
  record Point(int x, String label, List<Point> near) {}

  /** Written as the processor writes a runner. */
  static final class Runner extends StepTable {
    private final JsonCodec<Point> pointCodec = record("Point", "x,label,near", 0);
    private final JsonCodec<List<Point>> listOfPointCodec =
        Codecs.collection("List<Point>", pointCodec, Containers.ARRAY_LIST);

    Runner() {
      super(new String[] {"point", "word", "words", "nothing", "file", "tool", "template"}, "vve-fct");
    }

    @Override
    protected Object call(int step, StepInputs inputs) throws Throwable {
      switch (step) {
        case 0:
          return new Point((int) inputs.decoded("x", Codecs.INT), inputs.raw("label"), List.of());
        case 1:
          return inputs.raw("label");
        case 2:
          return inputs.raw("label") + "!";
        case 3:
          return null;
        case 4:
          return Files.writeString(Files.createTempFile("step", ".txt"), inputs.raw("label"));
        default:
          throw new IllegalArgumentException("no step number " + step);
      }
    }

    @Override
    protected JsonCodec<?>[] results() {
      return new JsonCodec<?>[] {pointCodec, Codecs.STRING, Codecs.STRING, null, null, listOfPointCodec, null};
    }

    @Override
    protected Object create(int type, Object[] c) {
      return type == 0 ? new Point((int) c[0], (String) c[1], castList(c[2])) : super.create(type, c);
    }

    @Override
    protected Object[] components(int type, Object r) {
      return type == 0 ? new Object[] {((Point) r).x(), ((Point) r).label(), ((Point) r).near()} : super.components(type, r);
    }

    @Override
    protected JsonCodec<?>[] codecs(int type) {
      return type == 0 ? new JsonCodec<?>[] {Codecs.INT, Codecs.STRING, listOfPointCodec} : super.codecs(type);
    }

    @SuppressWarnings("unchecked")
    private static List<Point> castList(Object list) {
      return (List<Point>) list;
    }
  }

  @TempDir Path artifacts;

  private String run(String step, Map<String, String> parameters) throws Throwable {
    return new Runner().run(step, new StepInputs(step, parameters, Map.of(), artifacts));
  }

  @Test
  void aValueIsItsJsonAndATextIsItself() throws Throwable {
    assertThat(run("point", Map.of("x", "3", "label", "a"))).isEqualTo("{\"x\":3,\"label\":\"a\",\"near\":[]}");
    assertThat(run("word", Map.of("label", "say \"hi\""))).isEqualTo("say \"hi\"");
  }

  @Test
  void oneElementOfAFanOutIsJsonEvenAsAText() throws Throwable {
    assertThat(run("words", Map.of("label", "hi"))).isEqualTo("\"hi!\"");
  }

  @Test
  void aVoidStepPrintsNothingAndAFileBecomesTheOutputArtifact() throws Throwable {
    assertThat(run("nothing", Map.of())).isNull();
    assertThat(run("file", Map.of("label", "kept"))).isNull();
    assertThat(Files.readString(artifacts.resolve("outputs/result"))).isEqualTo("kept");
  }

  @Test
  void stepsThatRunNoJavaSaySoAndUnknownStepsAreRefused() {
    assertThat(assertThrows(UnsupportedOperationException.class, () -> run("tool", Map.of())))
        .hasMessageThat().isEqualTo("step 'tool' runs its container's command, not Java");
    assertThat(assertThrows(UnsupportedOperationException.class, () -> run("template", Map.of())))
        .hasMessageThat().isEqualTo("step 'template' runs a template defined elsewhere, not Java");
    assertThat(assertThrows(IllegalArgumentException.class, () -> run("nope", Map.of())))
        .hasMessageThat().isEqualTo("no step named nope");
  }

  @Test
  void aRecordThatHoldsItselfRoundTrips() {
    Runner runner = new Runner();
    @SuppressWarnings("unchecked")
    JsonCodec<Point> codec = (JsonCodec<Point>) runner.resultCodec("point");
    Point point = new Point(1, "a", List.of(new Point(2, "b", List.of())));

    String json = Json.encode(point, codec);

    assertThat(json).isEqualTo("{\"x\":1,\"label\":\"a\",\"near\":[{\"x\":2,\"label\":\"b\",\"near\":[]}]}");
    assertThat(Json.decode(json, codec)).isEqualTo(point);
  }

  @Test
  void theTableListsTheStepsAndTheCodecsOfTheirResults() {
    Runner runner = new Runner();

    assertThat(runner.steps()).containsExactly("point", "word", "words", "nothing", "file", "tool", "template").inOrder();
    assertThat(runner.resultCodec("word")).isSameInstanceAs(Codecs.STRING);
    assertThat(runner.resultCodec("tool").typeName()).isEqualTo("List<Point>");
    assertThat(runner.resultCodec("nothing")).isNull();
    assertThat(runner.resultCodec("nope")).isNull();
  }

  @Test
  void stepsAndKindsMustMatch() {
    assertThrows(IllegalArgumentException.class, () -> new StepTable(new String[] {"a"}, "vv") {
      @Override
      protected Object call(int step, StepInputs inputs) {
        return null;
      }

      @Override
      protected JsonCodec<?>[] results() {
        return new JsonCodec<?>[0];
      }
    });
  }
}
