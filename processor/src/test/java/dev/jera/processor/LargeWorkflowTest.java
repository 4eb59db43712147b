package dev.jera.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.NO_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.TOO_MANY_TEMPLATES;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_SCRIPT;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.jera.processor.diagnostic.MessageId;
import dev.jera.processor.testing.Compile;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Large workflows cost work linear in their size: a class is walked once to find where its elements
 * are written, however many parameters are checked and errors reported (javac's own lookup walks the
 * class again for each), and a class over Argo's template limit is refused before anything else of it
 * is read. Measured by counting walks, not by time.
 */
class LargeWorkflowTest {

  @Test
  void aWorkflowOverTheTemplateLimitGetsOneErrorAndIsNotReadFurther() {
    StringBuilder text = new StringBuilder("@Workflow\n@Param(value = \"day\", defaultValue = \"1\")\npublic class Huge {\n");
    for (int i = 0; i < 1000; i++) {
      // Each script also has a mistake (a parameter with no source): none of them is reported.
      text.append("  @Script public static int s").append(i)
          .append("(@Param(\"day\") int a, int orphan) { return a; }\n");
    }
    text.append("}\n");
    JavaFileObject source = java("Huge", text.toString());
    JeraProcessor processor = new JeraProcessor();
    Compilation compilation = Compile.expecting(TOO_MANY_TEMPLATES).checked(compile(processor, source));
    assertThat(compilation)
        .hadErrorContaining("this workflow has 1001 templates (one per script, plus one), but Argo accepts at most 200")
        .inFile(source).onLineContaining("@Workflow");
    assertThat(compilation).hadErrorCount(1);
    assertThat(processor.sourceWalks()).isAtMost(1);
  }

  @Test
  void twoHundredAndOneTemplatesAreOneTooMany() {
    StringBuilder text = new StringBuilder("@Workflow\npublic class Big {\n");
    for (int i = 0; i < 200; i++) {
      text.append("  @Script public static int s").append(i).append("() { return 1; }\n");
    }
    text.append("}\n");
    Compilation compilation = Compile.expecting(TOO_MANY_TEMPLATES).withImage(java("Big", text.toString()));
    assertThat(compilation).hadErrorContaining("this workflow has 201 templates (one per script, plus one), but Argo accepts at most 200");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void manyErrorsInALargeWorkflowAreEachPlacedWithOneWalkOfTheClass() {
    int scripts = 199;
    StringBuilder text = new StringBuilder("@Workflow\n@Param(value = \"day\", defaultValue = \"1\")\npublic class Big {\n");
    for (int i = 0; i < scripts; i++) {
      text.append("  @Script public static int s").append(i)
          .append("(@Param(\"day\") int a, @Param(\"day\") int b, @Param(\"day\") int c, int orphan").append(i)
          .append(", @From(\"nope").append(i).append("\") int d) { return a; }\n");
    }
    text.append("}\n");
    JavaFileObject source = java("Big", text.toString());
    JeraProcessor processor = new JeraProcessor();
    List<MessageId> expected = new ArrayList<>();
    for (int i = 0; i < scripts; i++) {
      expected.addAll(List.of(NO_SOURCE, UNKNOWN_SCRIPT));
    }
    Compilation compilation = Compile.expecting(expected).checked(compile(processor, source));
    assertThat(compilation).hadErrorCount(2 * scripts);
    for (int i : List.of(0, 98, scripts - 1)) {
      assertThat(compilation).hadErrorContaining("parameter 'orphan" + i + "' of s" + i + "() has no source")
          .inFile(source).onLineContaining("int orphan" + i + ",");
      assertThat(compilation).hadErrorContaining("no script named 'nope" + i + "' in Big")
          .inFile(source).onLineContaining("@From(\"nope" + i + "\")");
    }
    assertThat(processor.sourceWalks()).isEqualTo(1);
  }

  private static Compilation compile(JeraProcessor processor, JavaFileObject source) {
    return Compiler.javac().withProcessors(processor).withOptions("-Ajera.image=" + Compile.IMAGE, "-Xmaxerrs", "1000").compile(source);
  }
}
