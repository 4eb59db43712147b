package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Literal items that are maps, whose fields a step passes as {@code {{item.<field>}}}. */
class ItemFieldsTest {

  @Test
  void itemsThatAreMapsGoInAsMapsAndTheirFieldsAreRead() {
    JavaFileObject source = java("Maps", """
        @Workflow(name = "maps", entrypoint = "main", style = Style.STEPS)
        public class Maps {
          @Template public static void show(String image, String tag) {}
          @Script(name = "each", items = {"{\\"image\\": \\"debian\\", \\"tag\\": \\"9.1\\"}", "{\\"image\\": \\"alpine\\", \\"tag\\": \\"3.6\\"}"})
          @Call(template = "show")
          static void each(@Value("{{item.image}}") String image, @Value("{{item.tag}}") String tag) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "maps");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
            withItems:
            - image: debian
              tag: "9.1"
        """.indent(4));
  }

  @Test
  void aFieldSomeItemLacksIsAnError() {
    JavaFileObject source = java("Maps", """
        @Workflow(name = "maps", entrypoint = "main", style = Style.STEPS)
        public class Maps {
          @Template public static void show(String image, String tag) {}
          @Script(name = "each", items = {"{\\"image\\": \\"debian\\", \\"tag\\": \\"9.1\\"}", "{\\"image\\": \\"alpine\\"}"})
          @Call(template = "show")
          static void each(@Value("{{item.image}}") String image, @Value("{{item.tag}}") String tag) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{item.tag}}")
        .inFile(source).onLineContaining("static void each");
  }
}
