package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CANNOT_WRITE;
import static dev.jera.processor.diagnostic.MessageId.INTERNAL_ERROR;
import static dev.jera.processor.testing.Sources.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.jera.processor.JeraProcessor;
import dev.jera.processor.testing.Compile;
import dev.jera.processor.testing.Steps;
import dev.jera.runner.StepRunner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The processor as a build sees it: rounds, the index, and its registration. */
class ProcessorIntegrationTest {

  /** Generates {@code test.Generated}, a record, in the first round, as another processor would. */
  static final class RecordGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try {
          JavaFileObject file = processingEnv.getFiler().createSourceFile("test.Generated");
          try (Writer writer = file.openWriter()) {
            writer.write("package test; public record Generated(String id, int size) {}");
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      return false;
    }
  }

  @Test
  void aTypeGeneratedInALaterRoundIsWaitedFor() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static Generated extract() { return new Generated("a", 1); }
          @Script public static int load(@From("extract") Generated g) { return g.size(); }
        }
        """);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new RecordGenerator(), new JeraProcessor())
            .withOptions("-Ajera.image=" + Compile.IMAGE)
            .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.manifest(compilation, "etl")).contains("test.Etl_JeraRunner");
  }

  /** Counts the rounds of a compilation, and the runners it saw as sources of a round. */
  static final class RoundCounter extends AbstractProcessor {
    int rounds;
    int runnersSeen;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      rounds++;
      round.getRootElements().stream().filter(e -> e.getSimpleName().toString().endsWith("_JeraRunner")).forEach(e -> runnersSeen++);
      return false;
    }
  }

  /**
   * Runners add no round: javac enters every class of the compilation again for each round, so a round
   * for the runners alone cost a big project as much as the processor's own work. They are written in the
   * last round, without javac's warning for files created there, and compiled with the rest.
   */
  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void runnersAreCompiledWithoutARoundOfTheirOwn(String runners) {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static int extract() { return 1; }
        }
        """);
    RoundCounter counter = new RoundCounter();
    Compilation compilation =
        Compiler.javac().withProcessors(new JeraProcessor(), counter)
            .withOptions("-Ajera.image=" + Compile.IMAGE, "-Ajera.runners=" + runners).compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFile("test.Etl_JeraRunner").isPresent()).isEqualTo(runners.equals("source"));
    assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "test/Etl_JeraRunner.class");
    assertThat(counter.rounds).isEqualTo(2); // the sources' round and the last one
    assertThat(counter.runnersSeen).isEqualTo(0);
  }

  @Test
  void theIndexListsEveryWorkflowOfTheCompilation() throws IOException {
    JavaFileObject first = java("Second", """
        @Workflow(name = "b-flow", kind = Kind.WORKFLOW_TEMPLATE)
        @Param(value = "day", defaultValue = "2024-01-01", allowed = {"2024-01-01"})
        public class Second {
          @Script public static int count(@Param("day") LocalDate day) { return 1; }
          @Script public static void done(@Value("{{workflow.status}}") String s) {}
        }
        """);
    JavaFileObject second = java("First", """
        @Workflow(name = "a-flow", onExit = "done")
        public class First {
          @Script public static List<String> names() { return List.of(); }
          @Script(forEach = "names") public static int size(@Item String name) { return name.length(); }
          @Script public static void done(@Value("{{workflow.status}}") String s) {}
        }
        """);
    Compilation compilation = Compile.withImage(first, second);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode index = new ObjectMapper().readTree(Compile.resource(compilation, "META-INF/jera/index.json").orElseThrow());
    assertThat(index.path("version").asInt()).isEqualTo(1);
    assertThat(index.path("options").toString()).isEqualTo("{\"jera.image\":\"" + Compile.IMAGE + "\"}");
    JsonNode workflows = index.path("workflows");
    assertThat(workflows.get(0).path("name").asText()).isEqualTo("a-flow");
    assertThat(workflows.get(0).path("onExit").asText()).isEqualTo("done");
    assertThat(workflows.get(0).path("runner").asText()).isEqualTo("test.First_JeraRunner");
    assertThat(workflows.get(0).path("manifest").asText()).isEqualTo("META-INF/argo/a-flow.yaml");
    assertThat(workflows.get(0).path("steps").get(1).path("fansOut").asBoolean()).isTrue();
    assertThat(workflows.get(0).path("steps").get(1).path("inputs").get(0).path("source").asText()).isEqualTo("item");
    assertThat(workflows.get(1).path("name").asText()).isEqualTo("b-flow");
    assertThat(workflows.get(1).path("kind").asText()).isEqualTo("WorkflowTemplate");
    assertThat(workflows.get(1).path("parameters").get(0).path("defaultValue").asText()).isEqualTo("2024-01-01");
    assertThat(workflows.get(1).path("steps").get(0).path("inputs").get(0).path("type").asText()).isEqualTo("java.time.LocalDate");
  }

  /** javac's Filer writes text in the sources' encoding; Argo and Jera's runtime read manifests as UTF-8. */
  @Test
  void manifestsAndIndexAreUtf8WhateverTheSourcesEncoding(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("src/test/Cafe.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, """
        package test;
        import dev.jera.*;
        @Workflow(name = "cafe")
        @Param(value = "drink", defaultValue = "café crème")
        public class Cafe {
          @Script public static String order(@Param("drink") String drink) { return drink; }
        }
        """, StandardCharsets.ISO_8859_1);
    Path out = Files.createDirectories(dir.resolve("out"));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, errors, "-encoding", "ISO-8859-1",
        "-classpath", System.getProperty("java.class.path"), "-processor", JeraProcessor.class.getName(),
        "-Ajera.image=" + Compile.IMAGE, "-d", out.toString(), source.toString());
    assertWithMessage(errors.toString(StandardCharsets.UTF_8)).that(status).isEqualTo(0);
    for (String file : List.of("META-INF/argo/cafe.yaml", "META-INF/jera/workflows/cafe.json", "META-INF/jera/index.json")) {
      byte[] bytes = Files.readAllBytes(out.resolve(file));
      assertWithMessage(file).that(new String(bytes, StandardCharsets.UTF_8)).contains("café crème");
    }
  }

  @Test
  void noIndexWithoutWorkflows() {
    Compilation compilation = Compile.withImage(JavaFileObjects.forSourceString("test.Plain", "package test; class Plain {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compile.resource(compilation, "META-INF/jera/index.json")).isEmpty();
  }

  @Test
  void registeredForJavacAndDeclaredAggregatingForGradle() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor")).contains("dev.jera.processor.JeraProcessor");
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").strip())
        .isEqualTo("dev.jera.processor.JeraProcessor,aggregating");
  }

  @Test
  void theGeneratedRunnerCompilesWithEveryKindOfTypeAndBothFormsRunAlike(@TempDir Path folder) throws IOException {
    JavaFileObject source = java("Types", """
        @Workflow
        public class Types {
          public enum Tier { GOLD, SILVER }
          public record Node(String name, List<Node> children, Optional<Tier> tier) {}
          public record Page<T>(List<T> items, int total) {}
          public static class Bean { public String name; public Bean() {} }
          @Script public static Node tree() { return null; }
          @Script public static Page<Node> page(@From("tree") Node root) { return null; }
          @Script public static Map<String, Set<LocalDate>> calendar(@From("page") Page<Node> page) { return Map.of(); }
          @Script public static int[] numbers(@From("calendar") Map<String, Set<LocalDate>> c) { return new int[0]; }
          @Script public static Bean bean(@From("numbers") int[] n, @Value("[\\"a\\"]") String[] words) { return new Bean(); }
          @Script public static Map<Tier, BigDecimal> prices(@From("bean") Bean b, @Value("{}") com.fasterxml.jackson.databind.JsonNode any) { return Map.of(); }
          @Script public static Node echo(@Value("{\\\"name\\\": \\\"n\\\", \\\"children\\\": [], \\\"tier\\\": null}") Node node, @Value("{\\\"items\\\": [], \\\"total\\\": 0}") Page<Node> page, @Value("{}") Bean bean) {
            return new Node(node.name() + page.total() + bean.name, node.children(), node.tier());
          }
        }
        """);
    Compilation classes = Compile.withImage(source);
    Compilation sources = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(classes).succeededWithoutWarnings();
    assertThat(sources).succeededWithoutWarnings();
    String inputs = "[{\"name\":\"node\",\"value\":\"{\\\"name\\\":\\\"a\\\",\\\"children\\\":"
        + "[{\\\"name\\\":\\\"b\\\",\\\"children\\\":[],\\\"tier\\\":\\\"GOLD\\\"}],\\\"tier\\\":null}\"},"
        + "{\"name\":\"page\",\"value\":\"{\\\"items\\\":[],\\\"total\\\":7}\"},"
        + "{\"name\":\"bean\",\"value\":\"{\\\"name\\\":\\\"x\\\"}\"}]";
    Steps.Run fromClasses = Steps.run(classes, "test.Types_JeraRunner", "echo", Files.createDirectories(folder.resolve("classes")), inputs);
    Steps.Run fromSource = Steps.run(sources, "test.Types_JeraRunner", "echo", Files.createDirectories(folder.resolve("source")), inputs);
    assertThat(fromClasses.out()).isEqualTo("{\"name\":\"a7x\",\"children\":[{\"name\":\"b\",\"children\":[],\"tier\":\"GOLD\"}],\"tier\":null}\n");
    assertThat(fromSource.out()).isEqualTo(fromClasses.out());
    StepRunner runner = Steps.runner(classes, "test.Types_JeraRunner");
    StepRunner sourceRunner = Steps.runner(sources, "test.Types_JeraRunner");
    assertThat(runner.steps()).isEqualTo(sourceRunner.steps());
    for (String step : runner.steps()) {
      assertThat(typeName(runner.resultCodec(step))).isEqualTo(typeName(sourceRunner.resultCodec(step)));
    }
  }

  private static String typeName(dev.jera.runner.json.JsonCodec<?> codec) {
    return codec == null ? "none" : codec.typeName();
  }

  /**
   * Casts to parameterized types are unchecked, and the runner says so only where it has one: javac with every
   * lint on finds nothing to warn about, and ecj nothing suppressed in vain (an array of a parameterized type is
   * made from wildcards, not raw, for that).
   */
  @Test
  void theGeneratedRunnerDrawsNoLintWarning() {
    JavaFileObject source = java("Lint", """
        @Workflow
        public class Lint {
          public record Page<T>(List<T> items, int total) {}
          @Script public static Page<String> page() { return null; }
          @Script public static List<String>[] lists(@From("page") Page<String> page) { return null; }
          @Script public static int size(@From("lists") List<String>[] lists, @From("page") Page<String> page) { return 0; }
        }
        """);
    JavaFileObject plain = java("Plain", """
        @Workflow
        public class Plain {
          @Script public static int one(@Value("1") int n) { return n; }
        }
        """);
    Compilation compilation = Compile.withImage(List.of("-Xlint:all,-processing", "-Werror", Compile.RUNNER_SOURCE), source, plain);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(runnerText(compilation, "test.Lint_JeraRunner")).contains("@SuppressWarnings(\"unchecked\")");
    assertThat(runnerText(compilation, "test.Plain_JeraRunner")).doesNotContain("@SuppressWarnings");
  }

  private static String runnerText(Compilation compilation, String runner) {
    try {
      return compilation.generatedSourceFile(runner).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = JeraProcessor.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aRunnerThatCannotBeWrittenIsOneErrorOnTheWorkflow() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    // A class of the compilation already has the runner's name, so the compiler refuses to create it.
    JavaFileObject taken = JavaFileObjects.forSourceString("test.Etl_JeraRunner", "package test;\nclass Etl_JeraRunner {}\n");
    Compilation compilation = Compile.expecting(CANNOT_WRITE).withImage(source, taken);
    assertThat(compilation).hadErrorContaining("cannot write the runner of Etl: a class test.Etl_JeraRunner exists"
            + " already, and Jera generates that class; rename yours")
        .inFile(source).onLineContaining("@Workflow");
  }

  /** A runner an earlier build wrote as source, compiled again (Maven compiles its generated sources' folder). */
  @Test
  void aRunnerSourceOfAnEarlierBuildIsToldApart() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    JavaFileObject stale = JavaFileObjects.forSourceString("test.Etl_JeraRunner", """
        package test;
        @javax.annotation.processing.Generated(value = "dev.jera.processor.JeraProcessor", comments = "from test.Etl")
        public final class Etl_JeraRunner {}
        """);
    Compilation compilation = Compile.expecting(CANNOT_WRITE).withImage(source, stale);
    assertThat(compilation).hadErrorContaining("cannot write the runner of Etl: the source of test.Etl_JeraRunner, which an"
            + " earlier build wrote, is compiled again; delete the generated sources (target/generated-sources/annotations)"
            + " or build with mvn clean")
        .inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void aFailureInsideJeraIsOneErrorOnTheClassAndNoStackTrace() {
    // A record's components are read through the compiler's type utilities, which fail here.
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          public record Rate(String pair) {}
          @Script public static Rate one() { return new Rate("a"); }
        }
        """);
    Compilation compilation = Compile.expecting(INTERNAL_ERROR).checked(
        Compiler.javac().withProcessors(new FailingTypes()).withOptions("-Ajera.image=" + Compile.IMAGE).compile(source));
    assertThat(compilation).hadErrorContaining("Jera could not process test.Etl (java.lang.IllegalStateException:"
            + " the compiler failed); this is a bug in Jera, please report it with this class")
        .inFile(source).onLineContaining("public class Etl");
  }

  /** A workflow may be an interface: the class runner calls its static scripts as interface methods. */
  @ParameterizedTest
  @ValueSource(strings = {"classes", "source"})
  void aWorkflowInterfacesStaticScriptsRun(String runners, @TempDir Path folder) {
    JavaFileObject source = java("Etl", """
        @Workflow
        public interface Etl {
          @Script static int one(@Value("41") int n) { return n + 1; }
        }
        """);
    Compilation compilation = Compile.withImage(List.of("-Ajera.runners=" + runners), source);
    assertThat(compilation).succeededWithoutWarnings();
    Steps.Run run = Steps.run(compilation, "test.Etl_JeraRunner", "one", folder, "[{\"name\":\"n\",\"value\":\"41\"}]");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("42\n");
  }

  /**
   * Where the compiler's Filer takes no class file in the class output (older versions of Eclipse's IDE threw
   * UnsupportedOperationException), the runner is written as source, and works the same.
   */
  @Test
  void whereTheFilerTakesNoClassFilesTheRunnerIsSource(@TempDir Path folder) {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static int extract(@Value("20") int n) { return n + 1; }
        }
        """);
    Processor jera = new Decorated(environment -> replacing(environment, "getFiler", refusingClassFiles(environment.getFiler())));
    Compilation compilation = Compile.expecting().checked(
        Compiler.javac().withProcessors(jera).withOptions("-Ajera.image=" + Compile.IMAGE).compile(source));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Etl_JeraRunner");
    Steps.Run run = Steps.run(compilation, "test.Etl_JeraRunner", "extract", folder, "[{\"name\":\"n\",\"value\":\"20\"}]");
    assertThat(run.out()).isEqualTo("21\n");
  }

  /** A Filer that writes everything but class files. */
  private static Filer refusingClassFiles(Filer filer) {
    return (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
        (proxy, method, args) -> {
          if (method.getName().equals("createClassFile")
              || method.getName().equals("createResource") && args[2].toString().endsWith(".class")) {
            throw new UnsupportedOperationException("not in this IDE");
          }
          return invoke(method, filer, args);
        });
  }

  /** Jera in a compiler whose type utilities fail: what a bug in Jera looks like to its user. */
  static final class FailingTypes extends Decorated {
    FailingTypes() {
      super(environment -> replacing(environment, "getTypeUtils", Proxy.newProxyInstance(Types.class.getClassLoader(),
          new Class<?>[] {Types.class}, (proxy, method, args) -> {
            throw new IllegalStateException("the compiler failed");
          })));
    }
  }

  /** {@code environment}, except that {@code method} returns {@code replacement}. */
  private static ProcessingEnvironment replacing(ProcessingEnvironment environment, String method, Object replacement) {
    return (ProcessingEnvironment) Proxy.newProxyInstance(
        ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
        (proxy, called, args) -> called.getName().equals(method) ? replacement : invoke(called, environment, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Jera, initialized with a processing environment changed by {@code decorate}. */
  static class Decorated implements Processor {
    private final JeraProcessor jera = new JeraProcessor();
    private final UnaryOperator<ProcessingEnvironment> decorate;

    Decorated(UnaryOperator<ProcessingEnvironment> decorate) {
      this.decorate = decorate;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return jera.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return jera.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return jera.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment environment) {
      jera.init(decorate.apply(environment));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return jera.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
        Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
      return jera.getCompletions(element, annotation, member, userText);
    }
  }
}
