package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DEPENDENCY_CYCLE;
import static dev.jera.processor.diagnostic.MessageId.EXIT_HANDLER_ATTRIBUTE;
import static dev.jera.processor.diagnostic.MessageId.EXIT_HANDLER_ITEM;
import static dev.jera.processor.diagnostic.MessageId.FROM_VOID;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_PARALLELISM;
import static dev.jera.processor.diagnostic.MessageId.NO_SCRIPTS;
import static dev.jera.processor.diagnostic.MessageId.NO_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.ONLY_EXIT_HANDLER;
import static dev.jera.processor.diagnostic.MessageId.REFERENCE_TO_EXIT_HANDLER;
import static dev.jera.processor.diagnostic.MessageId.SCRIPT_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.SELF_REFERENCE;
import static dev.jera.processor.diagnostic.MessageId.SETTING_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.SOURCE_OUTSIDE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.TWO_SOURCES;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_SCRIPT;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Sources of parameters, references between scripts and cycles. */
class WiringRulesTest {

  @Test
  void aParameterWithoutSource() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(String region) { return region; }
        }
        """);
    assertThat(Compile.expecting(NO_SOURCE).withImage(source))
        .hadErrorContaining("parameter 'region' of extract() has no source; annotate it with @Param, @From, @Item, @Value or @Secret")
        .inFile(source).onLineContaining("String region");
  }

  @Test
  void aParameterWithTwoSources() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu")
        public class Etl {
          @Script public static String extract(@Param("region") @Value("{{workflow.name}}") String region) { return region; }
        }
        """);
    assertThat(Compile.expecting(TWO_SOURCES).withImage(source))
        .hadErrorContaining("parameter 'region' of extract() has two sources, @Param and @Value; keep one")
        .inFile(source).onLineContaining("@Value(\"{{workflow.name}}\")");
  }

  @Test
  void unknownFromSuggestsTheScript() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract() { return ""; }
          @Script public static String load(@From("extrat") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_SCRIPT).withImage(source))
        .hadErrorContaining("no script named 'extrat' in Etl; did you mean 'extract'?")
        .inFile(source).onLineContaining("@From(\"extrat\")");
  }

  @Test
  void unknownAfter() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract() { return ""; }
          @Script(after = {"extract", "cleanup"}) public static String load() { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_SCRIPT).withImage(source)).hadErrorContaining("no script named 'cleanup' in Etl")
        .inFile(source).onLineContaining("after =");
  }

  @Test
  void referencesByStepNameResolve() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String fetchData() { return ""; }
          @Script public static String load(@From("fetch-data") String rows) { return rows; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void unknownExitHandler() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "notfy")
        public class Etl {
          @Script public static String extract() { return ""; }
          @Script public static void notify(@Value("{{workflow.status}}") String status) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_SCRIPT).withImage(source)).hadErrorContaining("no script named 'notfy' in Etl; did you mean 'notify'?")
        .inFile(source).onLineContaining("onExit = \"notfy\"");
  }

  @Test
  void fromAVoidScript() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static void extract() {}
          @Script public static String load(@From("extract") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(FROM_VOID).withImage(source))
        .hadErrorContaining("script extract() returns void, so parameter 'rows' of load() has nothing to take with @From")
        .inFile(source).onLineContaining("@From(\"extract\")");
  }

  @Test
  void aScriptCannotWaitForItself() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(after = "load") public static String load() { return ""; }
        }
        """);
    assertThat(Compile.expecting(SELF_REFERENCE).withImage(source)).hadErrorContaining("script load() depends on itself through after")
        .inFile(source).onLineContaining("after = \"load\"");
  }

  @Test
  void aCycleIsReportedAtTheAfterThatClosesItNamingEveryStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(after = "c") public static String a() { return ""; }
          @Script(after = "a") public static String b() { return ""; }
          @Script(after = "b") public static String c() { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("steps depend on each other in a cycle: a() → c() → b() → a() (each waits for the next);"
            + " after = \"c\" closes it: remove it, or another of these dependencies")
        .inFile(source).onLineContaining("@Script(after = \"c\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCycleClosedByAnAfterOnTheFirstStepOfAPipeline() {
    // The case: extract -> convert -> load, and extract was told to wait for load.
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(after = "load")
          public static List<String> extract() { return List.of(); }

          @Script(forEach = "extract")
          public static String convert(@Item String row) { return row; }

          @Script
          public static String load(@From("convert") List<String> rows) { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("cycle: extract() → load() → convert() → extract() (each waits for the next); after = \"load\" closes it")
        .inFile(source).onLineContaining("@Script(after = \"load\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCycleClosedByFromIsReportedAtThatFrom() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String a(@From("c") String fromC) { return ""; }
          @Script public static String b(@From("a") String fromA) { return ""; }
          @Script public static String c(@From("b") String fromB) { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation).hadErrorContaining("cycle: a() → c() → b() → a() (each waits for the next); @From(\"c\") closes it")
        .inFile(source).onLineContaining("@From(\"c\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCycleClosedByDependsIsReportedAtThatDepends() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String a() { return ""; }
          @Script(depends = "a || c.Failed") public static String b() { return ""; }
          @Script(depends = "b") public static String c() { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("cycle: b() → c() → b() (each waits for the next); 'c' in depends = \"a || c.Failed\" closes it")
        .inFile(source).onLineContaining("depends = \"a || c.Failed\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCycleClosedByAValueTagIsReportedAtThatValue() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String a(@Value("{{tasks.b.outputs.result}}") String later) { return ""; }
          @Script public static String b(@From("a") String fromA) { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("cycle: a() → b() → a() (each waits for the next); {{tasks.b.outputs.result}} in @Value closes it")
        .inFile(source).onLineContaining("@Value(\"{{tasks.b.outputs.result}}\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aTwoStepCycleIsReportedAtTheDependencyOnTheLaterStep() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(after = "b") public static String a() { return ""; }
          @Script(after = "a") public static String b() { return ""; }
          @Script(after = "b") public static String c() { return ""; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPENDENCY_CYCLE).withImage(source);
    assertThat(compilation).hadErrorContaining("cycle: a() → b() → a() (each waits for the next); after = \"b\" closes it")
        .inFile(source).onLineContaining("public static String a()");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void noScriptsAtAll() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public static String extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(NO_SCRIPTS).withImage(source)).hadErrorContaining("workflow Etl has no @Script methods; add at least one")
        .inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void scriptOutsideAWorkflow() {
    JavaFileObject source = java("Helpers", """
        public class Helpers {
          @Script public static String extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(SCRIPT_OUTSIDE_WORKFLOW).withImage(source))
        .hadErrorContaining("@Script method extract() is in Helpers, which is not a @Workflow")
        .inFile(source).onLineContaining("@Script");
  }

  @Test
  void sourceOnAMethodThatIsNoScript() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract() { return ""; }
          public static String helper(@From("extract") String rows) { return rows; }
        }
        """);
    assertThat(Compile.expecting(SOURCE_OUTSIDE_SCRIPT).withImage(source))
        .hadErrorContaining("@From only works on a parameter of a @Script method, and helper() is not one")
        .inFile(source).onLineContaining("helper(");
  }

  @Test
  void parallelismIsNotNegative() {
    JavaFileObject source = java("Etl", """
        @Workflow(parallelism = -1)
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(NEGATIVE_PARALLELISM).withImage(source)).hadErrorContaining("@Workflow(parallelism = -1) is negative")
        .inFile(source).onLineContaining("parallelism = -1");
  }

  @Test
  void noStepWaitsForTheExitHandler() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "done")
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script(after = "done") public static void load() {}
          @Script public static void done() {}
        }
        """);
    assertThat(Compile.expecting(REFERENCE_TO_EXIT_HANDLER).withImage(source))
        .hadErrorContaining("script load() refers to 'done', the exit handler, which runs after all steps;"
            + " a step cannot wait for it")
        .inFile(source).onLineContaining("@Script(after = \"done\")");
  }

  @Test
  void aWorkflowNeedsAStepBesidesItsExitHandler() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "done")
        public class Etl {
          @Script public static void done() {}
        }
        """);
    assertThat(Compile.expecting(ONLY_EXIT_HANDLER).withImage(source))
        .hadErrorContaining("workflow Etl has no steps besides its exit handler; add a @Script to run")
        .inFile(source).onLineContaining("@Workflow(onExit");
  }

  @Test
  void theExitHandlerWaitsForNothing() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "done")
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script(after = "extract") public static void done() {}
        }
        """);
    assertThat(Compile.expecting(EXIT_HANDLER_ATTRIBUTE).withImage(source))
        .hadErrorContaining("@Script(after = …) does not apply to done(), the exit handler, which runs once when"
            + " the workflow ends; remove it")
        .inFile(source).onLineContaining("@Script(after = \"extract\")");
  }

  @Test
  void theExitHandlerHasNoItem() {
    JavaFileObject source = java("Etl", """
        @Workflow(onExit = "done")
        public class Etl {
          @Script public static String extract() { return "1"; }
          @Script public static void done(@Item String region) {}
        }
        """);
    assertThat(Compile.expecting(EXIT_HANDLER_ITEM).withImage(source))
        .hadErrorContaining("parameter 'region' of done() is @Item, but done() is the exit handler, which does not"
            + " fan out")
        .inFile(source).onLineContaining("@Item String region");
  }

  @Test
  void aSettingOnAClassThatIsNoWorkflowIsAMistake() {
    JavaFileObject source = java("Helper", """
        @Param(value = "day", defaultValue = "1")
        public class Helper {}
        """);
    assertThat(Compile.expecting(SETTING_OUTSIDE_WORKFLOW).withImage(source))
        .hadErrorContaining("@Param on Helper has no effect, because Helper is not a @Workflow; annotate it with"
            + " @Workflow")
        .inFile(source).onLineContaining("@Param(value = \"day\"");
  }
}
