package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.INVALID_FILE_SUB_PATH;
import static dev.jera.processor.diagnostic.MessageId.SUB_PATH_ON_VALUE;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Options of files: a part of a file ({@code subPath}), optional files, artifact GC, argument locations. */
class ArtifactOptionsTest {

  @Test
  void aSubPathHandsOverAPartOfTheFile() {
    JavaFileObject source = java("Parts", """
        import java.nio.file.Path;
        @Workflow(name = "parts")
        public class Parts {
          @Template @Output("folder") public static Path make() { return null; }
          @Template public static void show(Path message) {}
          @Script @Call(template = "make") static void generate() {}
          @Script @Call(template = "show")
          static void consume(@From(value = "generate", output = "folder", subPath = "hello_world.txt") Path message) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "parts");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).containsMatch(
        "- name: message\n\\s+from: \"\\{\\{tasks\\.generate\\.outputs\\.artifacts\\.folder}}\"\n\\s+subPath: hello_world.txt\n");
  }

  @Test
  void aSubPathIsOnlyForFiles() {
    JavaFileObject source = java("Parts", """
        @Workflow(name = "parts")
        public class Parts {
          @Script public static String make() { return "x"; }
          @Script public static void show(@From(value = "make", subPath = "a.txt") String message) {}
        }
        """);
    assertThat(Compile.expecting(SUB_PATH_ON_VALUE).withImage(source))
        .hadErrorContaining("@From(subPath) on parameter 'message' of show(), a String: only a file has parts;"
            + " take the file as a java.nio.file.Path, or remove subPath")
        .inFile(source).onLineContaining("subPath = \"a.txt\"");
  }

  @Test
  void aSubPathStaysInsideTheFile() {
    JavaFileObject source = java("Parts", """
        import java.nio.file.Path;
        @Workflow(name = "parts")
        public class Parts {
          @Script public static Path make() { return null; }
          @Script public static void show(@From(value = "make", subPath = "../etc/passwd") Path message) {}
          @Script public static void list(@From(value = "make", subPath = "/etc") Path message) {}
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_FILE_SUB_PATH, INVALID_FILE_SUB_PATH).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("@From(subPath = \"../etc/passwd\") is not a path inside the file: '..' would leave the"
            + " producer's file; name a file or folder inside it")
        .inFile(source).onLineContaining("../etc/passwd");
    assertThat(compilation)
        .hadErrorContaining("@From(subPath = \"/etc\") is not a path inside the file: it is absolute; write it relative"
            + " to the producer's file, such as \"etc\"")
        .inFile(source).onLineContaining("\"/etc\"");
  }
}
