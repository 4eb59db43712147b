package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.processor.JeraProcessor;
import dev.jera.processor.testing.Golden;
import dev.jera.runner.StepRunner;
import dev.jera.runner.index.WorkflowIndex;
import dev.jera.runner.json.JsonCodec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner the samples compile to, as source ({@code -Ajera.runners=source}; the build writes them as
 * class files): byte for byte its golden file (golden/runners/, by package). The sources are made here, by
 * the processor alone ({@code -proc:only}) over the samples' sources, into a folder removed afterwards.
 * After an intended change, rerun with {@code -Djera.updateGolden=true}.
 */
class RunnersTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/runners");
  private static Path generated;

  static Stream<String> runners() throws IOException {
    return files(generated()).stream();
  }

  @ParameterizedTest
  @MethodSource("runners")
  void matchesItsGoldenFile(String file) throws IOException {
    Golden.assertMatches(GOLDEN.resolve(file), Files.readString(generated().resolve(file), StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenRunnerIsGenerated() throws IOException {
    assertThat(files(GOLDEN)).containsExactlyElementsIn(files(generated()));
  }

  /** The build writes runners as class files, not source. */
  @Test
  void theBuildWritesNoRunnerSource() throws IOException {
    Path annotations = Path.of("target/generated-sources/annotations");
    assertThat(Files.isDirectory(annotations) ? files(annotations) : List.of()).isEmpty();
  }

  /**
   * The build's runners (class files Jera writes) and the same runners compiled by javac from their source
   * hold the same table: the same steps, each with a result of the same type, and the same codecs for each
   * workflow parameter.
   */
  @Test
  void everyRunnerClassAgreesWithItsSource() throws Exception {
    Path compiled = generated().resolve("compiled");
    Files.createDirectories(compiled);
    List<String> runners = files(generated());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      List<Path> sources = runners.stream().map(generated()::resolve).toList();
      boolean compiledAll = javac.getTask(output, fileManager, null,
          List.of("--release", "17", "-proc:none", "-cp", System.getProperty("java.class.path"), "-d", compiled.toString()),
          null, fileManager.getJavaFileObjectsFromPaths(sources)).call();
      assertWithMessage("%s", output).that(compiledAll).isTrue();
    }
    Map<String, List<String>> parameters = new HashMap<>();
    WorkflowIndex index = new ObjectMapper().readValue(Path.of("target/classes", WorkflowIndex.RESOURCE).toFile(), WorkflowIndex.class);
    for (WorkflowIndex.Workflow workflow : index.workflows()) {
      if (workflow.runner() != null) {
        parameters.put(workflow.runner(), workflow.parameters().stream().map(WorkflowIndex.Parameter::name).toList());
      }
    }
    assertThat(runners.size()).isGreaterThan(200);
    assertThat(parameters.values().stream().mapToInt(List::size).sum()).isGreaterThan(50);
    try (RunnersFirst fromSource = new RunnersFirst(compiled)) {
      for (String file : runners) {
        String name = file.substring(0, file.length() - ".java".length()).replace('/', '.');
        StepRunner classFile = (StepRunner) Class.forName(name).getDeclaredConstructor().newInstance();
        StepRunner source = (StepRunner) fromSource.loadClass(name).getDeclaredConstructor().newInstance();
        assertThat(source.getClass().getClassLoader()).isSameInstanceAs(fromSource);
        assertThat(classFile.getClass().getClassLoader()).isNotSameInstanceAs(fromSource);
        assertWithMessage("the steps of %s", name).that(classFile.steps()).isEqualTo(source.steps());
        for (String step : source.steps()) {
          assertWithMessage("the result of %s in %s", step, name)
              .that(typeName(classFile.resultCodec(step))).isEqualTo(typeName(source.resultCodec(step)));
        }
        for (String parameter : parameters.getOrDefault(name, List.of())) {
          assertWithMessage("the codecs of parameter %s of %s", parameter, name)
              .that(typeNames(classFile.parameterCodecs(parameter))).isEqualTo(typeNames(source.parameterCodecs(parameter)));
        }
      }
    }
  }

  private static String typeName(JsonCodec<?> codec) {
    return codec == null ? "none" : codec.typeName();
  }

  private static List<String> typeNames(List<JsonCodec<?>> codecs) {
    return codecs.stream().map(RunnersTest::typeName).toList();
  }

  /** Loads the runners (and their type references) from {@code folder}, everything else from the test's class path. */
  private static final class RunnersFirst extends URLClassLoader {
    RunnersFirst(Path folder) throws IOException {
      super(new URL[] {folder.toUri().toURL()}, RunnersTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (!name.contains("_JeraRunner")) {
          return super.loadClass(name, resolve);
        }
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : findClass(name);
      }
    }
  }

  /** The runners' sources, generated once for the class. */
  private static synchronized Path generated() throws IOException {
    if (generated == null) {
      Path folder = Files.createTempDirectory("jera-runners");
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter output = new StringWriter();
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
          Stream<Path> walk = Files.walk(SOURCES)) {
        List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        JavaCompiler.CompilationTask task = javac.getTask(output, files, null,
            List.of("--release", "17", "-proc:only", "-implicit:none", "-Ajera.runners=source", "-Ajera.image=registry.example.com/samples:1",
                "-Ajera.appVersion=1",
                "-cp", System.getProperty("java.class.path"), "-s", folder.toString(), "-d", folder.toString()),
            null, files.getJavaFileObjectsFromPaths(sources));
        task.setProcessors(List.of(new JeraProcessor()));
        if (!task.call()) {
          delete(folder);
          throw new AssertionError("the samples did not compile with -Ajera.runners=source:\n" + output);
        }
      }
      generated = folder;
    }
    return generated;
  }

  @AfterAll
  static void removeGenerated() throws IOException {
    if (generated != null) {
      delete(generated);
      generated = null;
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** The runners under {@code root}, as paths relative to it with '/' between folders. */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().endsWith("_JeraRunner.java"))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
