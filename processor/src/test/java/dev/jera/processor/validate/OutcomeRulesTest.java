package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CONTINUE_ON_IN_DAG;
import static dev.jera.processor.diagnostic.MessageId.CONTINUE_ON_IN_LIBRARY;
import static dev.jera.processor.diagnostic.MessageId.DEPENDS_AND_AFTER;
import static dev.jera.processor.diagnostic.MessageId.DEPENDS_IN_STEPS;
import static dev.jera.processor.diagnostic.MessageId.DEPENDS_MISSES_INPUT;
import static dev.jera.processor.diagnostic.MessageId.DEPENDS_NEEDS_LOOP;
import static dev.jera.processor.diagnostic.MessageId.DEPENDS_UNKNOWN_STEP;
import static dev.jera.processor.diagnostic.MessageId.EXIT_HANDLER_ATTRIBUTE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DEPENDS;
import static dev.jera.processor.diagnostic.MessageId.INVALID_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.SEQUENCE_BOUNDS;
import static dev.jera.processor.diagnostic.MessageId.SEQUENCE_FORMAT;
import static dev.jera.processor.diagnostic.MessageId.SEQUENCE_ITEM_TYPE;
import static dev.jera.processor.diagnostic.MessageId.SEQUENCE_NOT_A_NUMBER;
import static dev.jera.processor.diagnostic.MessageId.TWO_FAN_OUTS;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Outcome conditions ({@code depends}) and sequences ({@code withSequence}). */
class OutcomeRulesTest {

  @Test
  void anOutcomeConditionIsEmittedAsWritten() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl")
        public class Etl {
          @Script public static List<String> fetch() { return List.of(); }
          @Script(forEach = "fetch") public static int load(@Item String s) { return 1; }
          @Script(depends = "load.AnySucceeded || load.AllFailed") public static void report() {}
          @Script(depends = "fetch && (load.Failed || load.Omitted)") public static void cleanup() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "etl");
    assertThat(manifest).contains("depends: load.AnySucceeded || load.AllFailed");
    assertThat(manifest).contains("depends: fetch && (load.Failed || load.Omitted)");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  /** status-reference.yaml's shape: a flakey step, and a later one that reads its status. */
  @Test
  void continueOnIsEmittedOnTheStep() {
    JavaFileObject source = java("Status", """
        @Workflow(name = "status", style = Style.STEPS)
        public class Status {
          @Script(name = "flakey-container", continueOn = ContinueOn.FAILED)
          public static void flakeyContainer() { throw new IllegalStateException("exit 1"); }
          @Script(continueOn = {ContinueOn.ERROR, ContinueOn.FAILED, ContinueOn.ERROR}) public static void shaky() {}
          @Script(after = "flakey-container", when = "{{steps.flakey-container.status}} == Failed")
          public static void failed() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "status");
    assertThat(manifest).contains(
        "- - name: flakey-container\n        template: flakey-container\n        continueOn:\n"
        + "          failed: true\n");
    assertThat(manifest).contains(
        "template: shaky\n        continueOn:\n          error: true\n          failed: true\n");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void continueOnInADagPointsToDepends() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(continueOn = ContinueOn.FAILED) public static String flaky() { return ""; }
          @Script(depends = "flaky.Succeeded || flaky.Failed") public static void next() {}
        }
        """);
    assertThat(Compile.expecting(CONTINUE_ON_IN_DAG).withImage(source))
        .hadErrorContaining("@Script(continueOn = …) of flaky() needs the STEPS style; in a DAG say in the next"
            + " step's depends which outcomes of flaky it accepts, e.g. depends = \"flaky.Succeeded || flaky.Failed\"")
        .inFile(source).onLineContaining("ContinueOn.FAILED");
  }

  @Test
  void continueOnOnTheExitHandler() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "done", style = Style.STEPS)
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script(continueOn = ContinueOn.FAILED)
          public static void done() {}
        }
        """);
    assertThat(Compile.expecting(EXIT_HANDLER_ATTRIBUTE).withImage(source))
        .hadErrorContaining("@Script(continueOn = …) does not apply to done(), the exit handler")
        .inFile(source).onLineContaining("ContinueOn.FAILED");
  }

  @Test
  void continueOnInALibrary() {
    JavaFileObject source = java("Shared", """
        @Library
        public class Shared {
          @Script(continueOn = ContinueOn.ERROR) public static String notify(String channel) { return channel; }
        }
        """);
    assertThat(Compile.expecting(CONTINUE_ON_IN_LIBRARY).withImage(source))
        .hadErrorContaining("@Script(continueOn = …) does not apply to notify() of a @Library, which is a template,"
            + " not a step; set it on the @Call step that runs it")
        .inFile(source).onLineContaining("ContinueOn.ERROR");
  }

  @Test
  void unknownStepInDepends() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String fetchData() { return ""; }
          @Script(depends = "fetchData.Failed") public static void alert() {}
        }
        """);
    assertThat(Compile.expecting(DEPENDS_UNKNOWN_STEP).withImage(source))
        .hadErrorContaining("depends names no step 'fetchData' of Etl; did you mean 'fetch-data'?")
        .inFile(source).onLineContaining("fetchData.Failed");
  }

  @Test
  void dependsOnAStepWithAnInvalidNameIsOneErrorAtTheName() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(name = "Load_All") public static String load() { return ""; }
          @Script(depends = "Load_All.Failed") public static void alert() {}
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_STEP_NAME).withImage(source);
    assertThat(compilation).hadErrorContaining("step name 'Load_All' of load() is not valid for Argo")
        .inFile(source).onLineContaining("@Script(name = \"Load_All\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownResultInDepends() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load() { return ""; }
          @Script(depends = "load.Done") public static void alert() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_DEPENDS).withImage(source))
        .hadErrorContaining("depends = \"load.Done\" is not a valid outcome condition")
        .inFile(source).onLineContaining("load.Done");
  }

  @Test
  void loopResultsNeedALoop() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load() { return ""; }
          @Script(depends = "load.AnySucceeded") public static void alert() {}
        }
        """);
    assertThat(Compile.expecting(DEPENDS_NEEDS_LOOP).withImage(source))
        .hadErrorContaining("load.AnySucceeded only applies to a step that fans out, and load does not")
        .inFile(source).onLineContaining("load.AnySucceeded");
  }

  @Test
  void dependsMustNameWhatTheStepReads() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String fetch() { return ""; }
          @Script public static String load() { return ""; }
          @Script(depends = "load.Failed") public static String alert(@From("fetch") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(DEPENDS_MISSES_INPUT).withImage(source))
        .hadErrorContaining("alert() reads from fetch, so its depends must name 'fetch'")
        .inFile(source).onLineContaining("depends = \"load.Failed\"");
  }

  @Test
  void dependsMayNameAStepThatWaitsForWhatTheStepReads() {
    // Argo asks only that a task read from its ancestors: init waits for influx, so query may read it.
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Daemon(tcp = 8086) public static void influx() {}
          @Script(depends = "influx") public static void init(@Value("{{tasks.influx.ip}}") String host) {}
          @Script(depends = "init") public static void query(@Value("{{tasks.influx.ip}}") String host) {}
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void dependsIsForDags() {
    JavaFileObject source = java("Etl", """
        @Workflow(style = Style.STEPS)
        public class Etl {
          @Script public static String load() { return ""; }
          @Script(depends = "load") public static void alert() {}
        }
        """);
    assertThat(Compile.expecting(DEPENDS_IN_STEPS).withImage(source)).hadErrorContaining("needs the DAG style")
        .inFile(source).onLineContaining("depends = \"load\"");
  }

  @Test
  void aSequenceFansOut() {
    JavaFileObject source = java("Shards", """
        @Workflow(name = "shards")
        @Param(value = "shards", defaultValue = "4")
        public class Shards {
          @Script @Sequence(count = "{{workflow.parameters.shards}}") public static long shard(@Item int index) { return index; }
          @Script public static long total(@From("shard") List<Long> parts) { return parts.size(); }
          @Script @Sequence(start = "1", end = "3", format = "part-%02d") public static String part(@Item String name) { return name; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "shards");
    assertThat(manifest).contains("withSequence:\n          count: \"{{workflow.parameters.shards}}\"");
    assertThat(manifest).contains("format: part-%02d");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void aSequenceNeedsCountOrEnd() {
    JavaFileObject source = java("Shards", """
        @Workflow
        public class Shards {
          @Script @Sequence(count = "3", end = "5") public static int shard(@Item int index) { return index; }
        }
        """);
    assertThat(Compile.expecting(SEQUENCE_BOUNDS).withImage(source)).hadErrorContaining("@Sequence on shard() needs count or end, and not both")
        .inFile(source).onLineContaining("@Sequence");
  }

  @Test
  void sequenceBoundsAreNumbers() {
    JavaFileObject source = java("Shards", """
        @Workflow
        public class Shards {
          @Script @Sequence(count = "three") public static int shard(@Item int index) { return index; }
        }
        """);
    assertThat(Compile.expecting(SEQUENCE_NOT_A_NUMBER).withImage(source)).hadErrorContaining("@Sequence(count = \"three\") is not a whole number")
        .inFile(source).onLineContaining("\"three\"");
  }

  @Test
  void formattedSequencesGiveText() {
    JavaFileObject source = java("Shards", """
        @Workflow
        public class Shards {
          @Script @Sequence(count = "3", format = "p%d") public static int shard(@Item int index) { return index; }
        }
        """);
    assertThat(Compile.expecting(SEQUENCE_ITEM_TYPE).withImage(source)).hadErrorContaining("a sequence gives numbers as text; declare it as int, long or String")
        .inFile(source).onLineContaining("@Item int index");
  }

  @Test
  void dependsAndAfterAreNotBoth() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script(depends = "extract", after = "extract") public static void load() {}
        }
        """);
    assertThat(Compile.expecting(DEPENDS_AND_AFTER).withImage(source))
        .hadErrorContaining("script load() sets both depends and after; name every step in depends")
        .inFile(source).onLineContaining("@Script(depends = \"extract\", after");
  }

  @Test
  void aSequenceFormatHasOneIntegerVerb() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Sequence(count = "3", format = "part-%s")
          public static String part(@Item String name) { return name; }
        }
        """);
    assertThat(Compile.expecting(SEQUENCE_FORMAT).withImage(source))
        .hadErrorContaining("@Sequence(format = \"part-%s\") must hold one integer verb such as %d or %03d")
        .inFile(source).onLineContaining("@Sequence(count");
  }

  @Test
  void aScriptFansOutOnce() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(items = {"1", "2"}) @Sequence(count = "3")
          public static String part(@Item String name) { return name; }
        }
        """);
    assertThat(Compile.expecting(TWO_FAN_OUTS).withImage(source))
        .hadErrorContaining("script part() fans out twice; keep one of forEach, items and @Sequence")
        .inFile(source).onLineContaining("@Sequence(count");
  }
}
