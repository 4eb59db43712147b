package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CALL_INPUT_TYPE;
import static dev.jera.processor.diagnostic.MessageId.CALL_MISSING_INPUT;
import static dev.jera.processor.diagnostic.MessageId.CALL_RESULT_TYPE;
import static dev.jera.processor.diagnostic.MessageId.CALL_UNKNOWN_INPUT;
import static dev.jera.processor.diagnostic.MessageId.CALL_WITH_CONTAINER;
import static dev.jera.processor.diagnostic.MessageId.LIBRARY_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.LIBRARY_TEMPLATE_CLASH;
import static dev.jera.processor.diagnostic.MessageId.ENTRY_INPUT_WITHOUT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.RUNS_UNKNOWN_ENTRYPOINT;
import static dev.jera.processor.diagnostic.MessageId.RUNS_UNKNOWN_PARAM;
import static dev.jera.processor.diagnostic.MessageId.RUNS_WITH_SCRIPTS;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_CALL;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_RUNS;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jera.processor.JeraProcessor;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template references, library scripts and workflows that run a template. */
class CallRulesTest {

  private static final JavaFileObject REPORT = java("Report", """
      @Workflow(name = "report-1.0", kind = Kind.WORKFLOW_TEMPLATE)
      @Param(value = "month")
      public class Report {
        @Script public static int region(@Param("month") YearMonth month, @Value("north") String region) { return 1; }
        @Script public static void done(@From("region") int n) {}
      }
      """);

  private static final JavaFileObject SHARED = java("Shared", """
      @Library
      public class Shared {
        @Script public static String notify(String channel, int count) { return channel + count; }
      }
      """);

  @Test
  void aStepCallsATemplateOfAWorkflowTemplate() {
    JavaFileObject caller = java("Monthly", """
        @Workflow(name = "monthly")
        public class Monthly {
          @Script public static YearMonth month() { return YearMonth.now(); }
          @Script @Call(workflow = Report.class, template = "region")
          public static int region(@From("month") YearMonth month, @Value("south") String region) { return 0; }
          @Script public static int twice(@From("region") int n) { return 2 * n; }
        }
        """);
    Compilation compilation = Compile.withImage(caller, REPORT);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "monthly");
    assertThat(manifest).contains("templateRef:\n          name: report-1.0\n          template: region");
    assertThat(manifest).doesNotContain("- name: region\n    inputs");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void argumentsMatchTheCalledTemplate() {
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(workflow = Report.class, template = "region")
          public static int region(@Value("2024-01") String month, @Value("south") String regoin) { return 0; }
        }
        """);
    Compilation compilation = Compile.expecting(CALL_INPUT_TYPE, CALL_UNKNOWN_INPUT, CALL_MISSING_INPUT).withImage(caller, REPORT);
    assertThat(compilation).hadErrorContaining("parameter 'regoin' of region() is not an input of template 'region' of Report; did you mean 'region'?")
        .inFile(caller).onLineContaining("String regoin");
    assertThat(compilation).hadErrorContaining("parameter 'month' of region() is String, but input 'month' of template 'region' is YearMonth")
        .inFile(caller).onLineContaining("String month");
    assertThat(compilation).hadErrorContaining("region() calls template 'region' of Report without its input region")
        .inFile(caller).onLineContaining("@Call");
  }

  @Test
  void theResultTypeIsTheTemplates() {
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(workflow = Report.class, template = "region")
          public static LocalDate region(@Value("2024-01") YearMonth month, @Value("south") String region) { return null; }
        }
        """);
    assertThat(Compile.expecting(CALL_RESULT_TYPE).withImage(caller, REPORT))
        .hadErrorContaining("region() returns LocalDate, but template 'region' returns int")
        .inFile(caller).onLineContaining("public static LocalDate region");
  }

  @Test
  void aStringStubDoesNotHideTheTemplatesType() {
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(workflow = Report.class, template = "region")
          public static String region(@Value("2024-01") YearMonth month, @Value("south") String region) { return null; }
        }
        """);
    assertThat(Compile.expecting(CALL_RESULT_TYPE).withImage(caller, REPORT))
        .hadErrorContaining("region() returns String, but template 'region' returns int; declare int (or void to ignore it)")
        .inFile(caller).onLineContaining("public static String region");
  }

  @Test
  void unknownTemplateSuggestsOne() {
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(workflow = Report.class, template = "regoin") public static void region() {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_CALL).withImage(caller, REPORT))
        .hadErrorContaining("Report has no script 'regoin'; did you mean 'region'?")
        .inFile(caller).onLineContaining("regoin");
  }

  @Test
  void onlyTemplatesCanBeCalled() {
    JavaFileObject plain = java("Plain", """
        @Workflow
        public class Plain { @Script public static int one() { return 1; } }
        """);
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(workflow = Plain.class, template = "one") public static int one() { return 0; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_CALL).withImage(caller, plain))
        .hadErrorContaining("Plain is a WORKFLOW; only a WORKFLOW_TEMPLATE or CLUSTER_WORKFLOW_TEMPLATE can be called")
        .inFile(caller).onLineContaining("@Call");
  }

  @Test
  void libraryTemplatesAreWrittenOnce() {
    JavaFileObject caller = java("Alerts", """
        @Workflow(name = "alerts")
        public class Alerts {
          @Script @Call(library = Shared.class, template = "notify")
          public static String first(@Value("ops") String channel, @Value("1") int count) { return null; }
          @Script @Call(library = Shared.class, template = "notify")
          public static String second(@From("first") String channel, @Value("2") int count) { return null; }
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), caller, SHARED);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "alerts");
    assertThat(manifest.split("- name: notify\n", -1)).hasLength(2);
    assertThat(manifest).contains("test.Shared_JeraRunner");
    assertThat(manifest).contains("template: notify");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(compilation.generatedSourceFile("test.Shared_JeraRunner")).isPresent();
  }

  @Test
  void libraryScriptsTakeTheirInputsFromTheCaller() {
    JavaFileObject library = java("Shared", """
        @Library
        public class Shared {
          @Script public static String notify(@Param("channel") String channel) { return channel; }
        }
        """);
    assertThat(Compile.expecting(LIBRARY_SOURCE).withImage(library))
        .hadErrorContaining("parameter 'channel' of library script notify() is filled by the calling step, so @Param has no place here")
        .inFile(library).onLineContaining("@Param(\"channel\")");
  }

  @Test
  void aTemplateFromAJarIsCheckedThroughItsIndex(@TempDir Path jar) throws IOException {
    Compilation first = Compile.withImage(REPORT);
    assertThat(first).succeeded();
    Path entry = jar.resolve("META-INF/jera/workflows/report-1.0.json");
    Files.createDirectories(entry.getParent());
    Files.writeString(entry, Compile.resource(first, "META-INF/jera/workflows/report-1.0.json").orElseThrow());
    JavaFileObject caller = java("Monthly", """
        @Workflow(name = "monthly")
        public class Monthly {
          @Script @Call(name = "report-1.0", template = "region")
          public static int region(@Value("2024-02") YearMonth month, @Value("east") String region) { return 0; }
          @Script @Call(name = "report-1.0", template = "region")
          public static String wrong(@Value("2024-02") String month, @Value("east") String region) { return null; }
        }
        """);
    List<File> classpath = new ArrayList<>();
    for (String part : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(part));
    }
    classpath.add(jar.toFile());
    Compilation compilation = Compile.expecting(CALL_INPUT_TYPE, CALL_RESULT_TYPE).checked(
        Compiler.javac().withProcessors(new JeraProcessor()).withOptions("-Ajera.image=" + Compile.IMAGE)
            .withClasspath(classpath).compile(caller));
    assertThat(compilation).hadErrorContaining("parameter 'month' of wrong() is String, but input 'month' of template 'region' is YearMonth")
        .inFile(caller).onLineContaining("String month");
    assertThat(compilation).hadErrorContaining("wrong() returns String, but template 'region' returns Integer")
        .inFile(caller).onLineContaining("public static String wrong");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anUnknownTemplateName() {
    JavaFileObject caller = java("Monthly", """
        @Workflow
        public class Monthly {
          @Script @Call(name = "report-9.9", template = "region") public static void region() {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_CALL).withImage(caller))
        .hadErrorContaining("no workflow template named 'report-9.9' in this compilation or on the class path")
        .inFile(caller).onLineContaining("@Call");
  }

  @Test
  void aWorkflowRunsATemplate() {
    JavaFileObject runner = java("February", """
        @Workflow(name = "report-feb", runs = Report.class)
        @Param(value = "month", defaultValue = "2024-02")
        public class February {}
        """);
    Compilation compilation = Compile.withImage(runner, REPORT);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "report-feb");
    assertThat(manifest).contains("workflowTemplateRef:\n    name: report-1.0");
    assertThat(manifest).doesNotContain("templates:");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void aWorkflowThatRunsATemplatePassesItsParameters() {
    JavaFileObject runner = java("February", """
        @Workflow(runs = Report.class)
        @Param(value = "mnth", defaultValue = "2024-02")
        public class February {}
        """);
    assertThat(Compile.expecting(RUNS_UNKNOWN_PARAM).withImage(runner, REPORT))
        .hadErrorContaining("template Report has no parameter 'mnth'; did you mean 'month'?")
        .inFile(runner).onLineContaining("\"mnth\"");
  }

  private static final JavaFileObject PRINT = java("Print", """
      @Workflow(name = "print-1.0", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "print-message")
      public class Print {
        @Template public static void printMessage(String message) {}
        @Template public static void shout(String message, @Param(value = "times", defaultValue = "1") int times) {}
      }
      """);

  @Test
  void aWorkflowRunsATemplateFromAnotherEntrypoint() {
    JavaFileObject runner = java("Loud", """
        @Workflow(name = "loud", runs = Print.class, entrypoint = "shout")
        @Param(value = "message", defaultValue = "hello world")
        public class Loud {}
        """);
    Compilation compilation = Compile.withImage(runner, PRINT);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "loud");
    assertThat(manifest).contains("  entrypoint: shout\n");
    assertThat(manifest).contains("workflowTemplateRef:\n    name: print-1.0");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
  }

  @Test
  void theEntrypointOfARunTemplateIsOneOfItsTemplates() {
    JavaFileObject runner = java("Loud", """
        @Workflow(name = "loud", runs = Print.class, entrypoint = "shuot")
        @Param(value = "message", defaultValue = "hello world")
        public class Loud {}
        """);
    assertThat(Compile.expecting(RUNS_UNKNOWN_ENTRYPOINT).withImage(runner, PRINT))
        .hadErrorContaining("entrypoint 'shuot' is not a template of Print; did you mean 'shout'?")
        .inFile(runner).onLineContaining("\"shuot\"");
  }

  @Test
  void theEntrypointOfARunTemplateIsFedItsInputs() {
    JavaFileObject runner = java("Loud", """
        @Workflow(name = "loud", runs = Print.class,
            entrypoint = "shout")
        public class Loud {}
        """);
    assertThat(Compile.expecting(ENTRY_INPUT_WITHOUT_PARAM).withImage(runner, PRINT))
        .hadErrorContaining("the entrypoint shout of Print needs input 'message', but Loud declares no @Param(\"message\")")
        .inFile(runner).onLineContaining("entrypoint = \"shout\"");
  }

  @Test
  void aParameterOfAWorkflowRunningATemplateMayFeedItsEntrypointsInput() {
    JavaFileObject runner = java("Loud", """
        @Workflow(name = "loud", runs = Print.class, entrypoint = "shout")
        @Param(value = "message", defaultValue = "hi")
        @Param(value = "tmes", defaultValue = "2")
        public class Loud {}
        """);
    assertThat(Compile.expecting(RUNS_UNKNOWN_PARAM).withImage(runner, PRINT))
        .hadErrorContaining("template Print has no parameter 'tmes'; did you mean 'times'?")
        .inFile(runner).onLineContaining("\"tmes\"");
  }

  @Test
  void aCallIsNoContainer() {
    JavaFileObject caller = java("Monthly", """
        @Workflow(name = "monthly")
        public class Monthly {
          @Script @Call(library = Shared.class, template = "notify") @Container(image = "busybox:1.36", command = "true")
          public static String notify(@Value("ops") String channel, @Value("1") int count) { return null; }
        }
        """);
    assertThat(Compile.expecting(CALL_WITH_CONTAINER).withImage(caller, SHARED))
        .hadErrorContaining("script notify() is both a @Call and a @Container; a step runs one of them")
        .inFile(caller).onLineContaining("@Call(library");
  }

  @Test
  void aLibraryTemplateDoesNotTakeAStepsName() {
    JavaFileObject caller = java("Monthly", """
        @Workflow(name = "monthly")
        public class Monthly {
          @Script(name = "notify") public static String report() { return "done"; }
          @Script @Call(library = Shared.class, template = "notify")
          public static String tell(@Value("ops") String channel, @Value("1") int count) { return null; }
        }
        """);
    assertThat(Compile.expecting(LIBRARY_TEMPLATE_CLASH).withImage(caller, SHARED))
        .hadErrorContaining("library template 'notify' called by tell() has the name of a step of this workflow;"
            + " rename the step with @Script(name = …)")
        .inFile(caller).onLineContaining("@Call(library");
  }

  @Test
  void runsNamesAWorkflowTemplate() {
    JavaFileObject source = java("Feb", """
        @Workflow(name = "report-feb", runs = String.class)
        public class Feb {}
        """);
    assertThat(Compile.expecting(UNRESOLVED_RUNS).withImage(source))
        .hadErrorContaining("@Workflow(runs) cannot be resolved: ")
        .inFile(source).onLineContaining("runs = String.class");
  }

  @Test
  void aWorkflowThatRunsATemplateHasNoScripts() {
    JavaFileObject source = java("Feb", """
        @Workflow(name = "report-feb", runs = Report.class)
        public class Feb {
          @Script public static String extra() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(RUNS_WITH_SCRIPTS).withImage(source, REPORT))
        .hadErrorContaining("workflow Feb runs a template, so its @Script methods would never run; remove them or"
            + " remove runs")
        .inFile(source).onLineContaining("runs = Report.class");
  }
}
