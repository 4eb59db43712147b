package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.ENTRY_INPUT_WITHOUT_PARAM;
import static dev.jera.processor.diagnostic.MessageId.GC_ON_VALUE;
import static dev.jera.processor.diagnostic.MessageId.GC_UNSUPPORTED_STORE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_FILE_SUB_PATH;
import static dev.jera.processor.diagnostic.MessageId.NOT_AN_ARGUMENT_FILE;
import static dev.jera.processor.diagnostic.MessageId.UNUSED_ARGUMENT_FILE;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_LOCATION_WITHOUT_FILE;
import static dev.jera.processor.diagnostic.MessageId.SUB_PATH_ON_VALUE;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.util.List;
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

  @Test
  void filesAreCollectedAsTheWorkflowAndEachOutputSay() {
    JavaFileObject source = java("Collected", """
        import java.nio.file.Path;
        @Workflow(name = "collected", entrypoint = "main", artifactGC = ArtifactGC.ON_WORKFLOW_DELETION)
        public class Collected {
          public record Files(
              @Output(value = "on-completion", gc = ArtifactGC.ON_WORKFLOW_COMPLETION) @S3(key = "on-completion.txt") Path onCompletion,
              @Output("on-deletion") @S3(key = "on-deletion.txt") Path onDeletion) {}
          @Template public static Files main() { return null; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "collected");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("  artifactGC:\n    strategy: OnWorkflowDeletion\n");
    assertThat(manifest).containsMatch(
        "- name: on-completion\n\\s+path: /tmp/jera/outputs/on-completion\n\\s+artifactGC:\n\\s+strategy: OnWorkflowCompletion\n"
            + "\\s+s3:\n\\s+key: on-completion.txt\n");
    assertThat(manifest).containsMatch("- name: on-deletion\n\\s+path: /tmp/jera/outputs/on-deletion\n\\s+s3:\n\\s+key: on-deletion.txt\n");
  }

  @Test
  void onlyFilesAreCollected() {
    JavaFileObject source = java("Collected", """
        @Workflow(name = "collected")
        public class Collected {
          @Script @Output(value = "count", gc = ArtifactGC.NEVER) public static int count() { return 1; }
        }
        """);
    assertThat(Compile.expecting(GC_ON_VALUE).withImage(source))
        .hadErrorContaining("@Output(gc) on output 'count' of count(), a int: only files are stored and deleted;"
            + " remove gc, or make the output a java.nio.file.Path")
        .inFile(source).onLineContaining("ArtifactGC.NEVER");
  }

  @Test
  void onlyFilesInAStoreArgoDeletesFromAreCollected() {
    JavaFileObject source = java("Collected", """
        import java.nio.file.Path;
        @Workflow(name = "collected")
        public class Collected {
          @Script @Output(value = "report", gc = ArtifactGC.ON_WORKFLOW_COMPLETION)
          @Hdfs(addresses = "nn:8020", path = "/tmp/report", user = "root")
          public static Path report() { return null; }
        }
        """);
    assertThat(Compile.expecting(GC_UNSUPPORTED_STORE).withImage(source))
        .hadErrorContaining("@Output(gc) on file 'report' of report(), stored with @Hdfs: Argo cannot delete files from"
            + " that store")
        .inFile(source).onLineContaining("ArtifactGC.ON_WORKFLOW_COMPLETION");
  }

  @Test
  void aComponentLocationIsForFiles() {
    JavaFileObject source = java("Located", """
        @Workflow(name = "located")
        public class Located {
          public record Pair(@Output("a") @S3(key = "a.txt") String a) {}
          @Script public static Pair pair() { return null; }
        }
        """);
    assertThat(Compile.expecting(OUTPUT_LOCATION_WITHOUT_FILE).withImage(source))
        .hadErrorContaining("@S3 on component 'a' says where a file goes, but it is a String, not a java.nio.file.Path")
        .inFile(source).onLineContaining("public static Pair pair()");
  }

  @Test
  void anOptionalFileMayBeMissing() {
    JavaFileObject source = java("Cache", """
        import java.nio.file.Path;
        import java.util.Optional;
        @Workflow(name = "cache")
        public class Cache {
          public record Stored(@Output("cache") @S3(key = "cache") Optional<Path> cache) {}
          @Script public static void restore(@S3(key = "cache") Optional<Path> cache) {}
          @Script(after = "restore") public static Stored store() { return new Stored(Optional.empty()); }
          @Script(after = "store") public static Optional<Path> report(@From(value = "store", output = "cache") Optional<Path> cache) {
            return cache;
          }
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "cache");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).containsMatch("- name: cache\n\\s+path: /tmp/jera/inputs/cache\n\\s+optional: true\n\\s+s3:\n\\s+key: cache\n");
    assertThat(manifest).containsMatch("- name: cache\n\\s+path: /tmp/jera/outputs/cache\n\\s+optional: true\n\\s+s3:\n\\s+key: cache\n");
    assertThat(manifest).containsMatch("- name: result\n\\s+path: /tmp/jera/outputs/result\n\\s+optional: true\n");
    String runner = Compile.runner(compilation, "test.Cache_JeraRunner");
    assertThat(runner).contains("optionalArtifact(\"cache\")");
    assertThat(runner).contains(".cache().orElse(null)");
  }

  @Test
  void theFilesOfAWorkflowRecordAreItsArgumentFiles() {
    JavaFileObject source = java("Args", """
        import java.nio.file.Path;
        @Workflow(name = "args", entrypoint = "head-lines")
        @Param(value = "lines-count", defaultValue = "3")
        public record Args(@Http("https://example.com/kubectl") Path kubectl, @Param("text") @Raw("1\\n2\\n") Path text) {
          @Template(name = "head-lines")
          public static void headLines(@Param("lines-count") int linesCount, Path kubectl, @Param("text") Path text) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "args");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          arguments:
            parameters:
            - name: lines-count
              value: "3"
            artifacts:
            - name: kubectl
              http:
                url: https://example.com/kubectl
            - name: text
              raw:
                data: |
                  1
                  2
        """);
  }

  @Test
  void aWorkflowRecordsComponentsAreFiles() {
    JavaFileObject source = java("Args", """
        @Workflow(name = "args", entrypoint = "show")
        public record Args(String message) {
          @Template public static void show(String message) {}
        }
        """);
    assertThat(Compile.expecting(NOT_AN_ARGUMENT_FILE, ENTRY_INPUT_WITHOUT_PARAM).withImage(source))
        .hadErrorContaining("component 'message' of the @Workflow record Args is a String without a file location")
        .inFile(source).onLineContaining("public record Args");
  }

  @Test
  void anArgumentFileFeedsAnInputOfTheEntrypoint() {
    JavaFileObject source = java("Args", """
        import java.nio.file.Path;
        @Workflow(name = "args", entrypoint = "show")
        public record Args(@Http("https://example.com/kubectl") Path kubect) {
          @Template public static void show(Path kubectl) {}
        }
        """);
    Compilation compilation = Compile.expecting(UNUSED_ARGUMENT_FILE, ENTRY_INPUT_WITHOUT_PARAM).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("the entrypoint show needs input file 'kubectl', but Args gives no argument file 'kubectl';"
            + " make Args a record with a Path component 'kubectl' and its location (@Http, @S3, …), or take the file as"
            + " Optional<Path>")
        .inFile(source).onLineContaining("@Workflow");
    assertThat(compilation)
        .hadErrorContaining("argument file 'kubect' of Args is given to the entrypoint template's input of that name, but"
            + " show() has no Path parameter 'kubect'; did you mean 'kubectl'?")
        .inFile(source).onLineContaining("public record Args");
  }

  @Test
  void aLocationOnACallsFileIsTheArgumentsLocation() {
    JavaFileObject source = java("MapParts", """
        import java.nio.file.Path;
        import java.util.List;
        @Workflow(name = "map-parts")
        public class MapParts {
          @Script public static List<String> split() { return List.of("0", "1"); }
          @Template public static void map(String partId, Path part) {}
          @Script(name = "map", forEach = "split") @Call(template = "map")
          static void mapStep(@Item String partId, @S3(key = "{{workflow.name}}/parts/{{item}}.json") Path part) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "map-parts");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).containsMatch("artifacts:\n\\s+- name: part\n\\s+s3:\n\\s+key: \"\\{\\{workflow.name}}/parts/\\{\\{item}}.json\"\n");
  }
}
