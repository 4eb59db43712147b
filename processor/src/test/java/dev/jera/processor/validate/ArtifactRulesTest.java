package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.ARCHIVE_WITHOUT_FILE;
import static dev.jera.processor.diagnostic.MessageId.COMPRESSION_LEVEL;
import static dev.jera.processor.diagnostic.MessageId.FILE_AS_VALUE;
import static dev.jera.processor.diagnostic.MessageId.FILE_FAN_IN;
import static dev.jera.processor.diagnostic.MessageId.FILE_VALUE_NOT_A_REFERENCE;
import static dev.jera.processor.diagnostic.MessageId.FILE_WITHOUT_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ARTIFACT_REPOSITORY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SECRET_REF;
import static dev.jera.processor.diagnostic.MessageId.INVALID_URL;
import static dev.jera.processor.diagnostic.MessageId.KEY_ONLY_WITHOUT_BUCKET;
import static dev.jera.processor.diagnostic.MessageId.LOCATION_ON_NON_PATH;
import static dev.jera.processor.diagnostic.MessageId.MISSING_LOCATION;
import static dev.jera.processor.diagnostic.MessageId.NOT_JSON;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Files as Argo artifacts: passing, locations outside, archives, and the mistakes around them. */
class ArtifactRulesTest {

  @Test
  void filesTravelAsArtifacts() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow(name = "files", artifactRepository = "artifact-repos/minio")
        public class Files {
          @Script @Archive(Archive.Format.NONE) public static Path export(@Http("https://example.com/rates.csv") Path csv) { return csv; }
          @Script public static long count(@From("export") Path file,
                                           @Git(repo = "https://github.com/argoproj/argo-workflows.git", revision = "v3.6.0", depth = 1) Path repo,
                                           @S3(bucket = "data", key = "in/day.csv", endpoint = "minio:9000", accessKeySecret = "minio/access", secretKeySecret = "minio/secret") Path day,
                                           @S3(key = "reference/rates.csv") Path reference,
                                           @Gcs(bucket = "data", key = "x.csv", serviceAccountKeySecret = "gcp/key") Path gcs) { return 1; }
          @Script @Container(image = "busybox:1.36", command = {"wc", "-l", "{{inputs.artifacts.file.path}}"})
          public static String lines(@From("export") Path file) { return null; }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "files");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("from: \"{{tasks.export.outputs.artifacts.result}}\"");
    assertThat(manifest).contains("path: /tmp/jera/outputs/result");
    assertThat(manifest).contains("url: https://example.com/rates.csv");
    assertThat(manifest).contains("artifactRepositoryRef:\n    configMap: artifact-repos\n    key: minio");
    assertThat(manifest).contains("archive:\n          none: {}");
  }

  @Test
  void aPathNeedsAFile() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        @Param(value = "file", defaultValue = "/tmp/x")
        public class Files {
          @Script public static long count(@Param("file") Path file) { return 1; }
        }
        """);
    assertThat(Compile.expecting(FILE_WITHOUT_SOURCE).withImage(source))
        .hadErrorContaining("parameter 'file' of count() is a Path, a file, so @Param cannot fill it")
        .inFile(source).onLineContaining("@Param(\"file\") Path file");
  }

  @Test
  void aCallPassesAGlobalFileByReference() {
    JavaFileObject source = java("Globals", """
        import java.nio.file.Files;
        import java.nio.file.Path;
        @Workflow(entrypoint = "main", style = Style.STEPS, onExit = "consume")
        public class Globals {
          @Template public static @Output(value = "art", global = "my-art") Path make() throws java.io.IOException {
            return Files.createTempFile("a", ".txt");
          }
          @Template public static void show(Path art) {}
          @Graph(name = "consume", style = Style.STEPS)
          static class Consume {
            @Script(name = "show") @Call(template = "show")
            static void show(@Value("{{workflow.outputs.artifacts.my-art}}") Path art) {}
          }
          @Script(name = "make") @Call(template = "make") static void makeStep() {}
          @Script(name = "consume", after = "make") @Call(template = "consume") static void consume() {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "globals");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("onExit: consume\n");
    assertThat(manifest).contains("- name: art\n            from: \"{{workflow.outputs.artifacts.my-art}}\"");
    assertThat(manifest).contains("  - - name: consume\n        template: consume");
  }

  @Test
  void aFileByValueIsOneReference() {
    JavaFileObject source = java("Globals", """
        import java.nio.file.Path;
        @Workflow(entrypoint = "main", style = Style.STEPS)
        public class Globals {
          @Template public static void show(Path art) {}
          @Script(name = "show") @Call(template = "show")
          static void showStep(@Value("/tmp/art.txt") Path art) {}
        }
        """);
    assertThat(Compile.expecting(FILE_VALUE_NOT_A_REFERENCE).withImage(source))
        .hadErrorContaining("parameter 'art' of showStep() is a Path, a file, so its @Value must name one file with one tag,"
            + " not '/tmp/art.txt'")
        .inFile(source).onLineContaining("@Value(\"/tmp/art.txt\") Path art");
  }

  @Test
  void aGlobalFileIsCheckedByName() {
    JavaFileObject source = java("Globals", """
        import java.nio.file.Files;
        import java.nio.file.Path;
        @Workflow(entrypoint = "main", style = Style.STEPS)
        public class Globals {
          @Template public static @Output(value = "art", global = "my-art") Path make() throws java.io.IOException {
            return Files.createTempFile("a", ".txt");
          }
          @Template public static void show(Path art) {}
          @Script(name = "make") @Call(template = "make") static void makeStep() {}
          @Script(name = "show", after = "make") @Call(template = "show")
          static void showStep(@Value("{{workflow.outputs.artifacts.my-ar}}") Path art) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("did you mean 'my-art'?")
        .inFile(source).onLineContaining("my-ar}}");
  }

  @Test
  void locationsFillPaths() {
    JavaFileObject source = java("Files", """
        @Workflow
        public class Files {
          @Script public static long count(@Http("https://example.com/a.csv") String csv) { return 1; }
        }
        """);
    assertThat(Compile.expecting(LOCATION_ON_NON_PATH).withImage(source))
        .hadErrorContaining("@Http fills a file, so parameter 'csv' of count() must be a java.nio.file.Path, not String")
        .inFile(source).onLineContaining("@Http");
  }

  @Test
  void aFileIsNotAValue() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static Path export() { return Path.of("/tmp/x"); }
          @Script public static long count(@From("export") String text) { return 1; }
        }
        """);
    assertThat(Compile.expecting(FILE_AS_VALUE).withImage(source))
        .hadErrorContaining("script export() returns a Path, a file; take it as a java.nio.file.Path")
        .inFile(source).onLineContaining("String text");
  }

  @Test
  void noFanInOfFiles() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script(items = {"a", "b"}) public static Path export(@Item String part) { return Path.of(part); }
          @Script public static long count(@From("export") Path files) { return 1; }
        }
        """);
    assertThat(Compile.expecting(FILE_FAN_IN).withImage(source)).hadErrorContaining("takes the files of export(), which fans out")
        .inFile(source).onLineContaining("Path files");
  }

  @Test
  void pathsCannotHideInsideValues() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static List<Path> export() { return List.of(); }
        }
        """);
    assertThat(Compile.expecting(NOT_JSON).withImage(source)).hadErrorContaining("it cannot be part of a list, map or record (an Optional<Path> is a file that may be missing)")
        .inFile(source).onLineContaining("List<Path> export()");
  }

  @Test
  void archiveNeedsAFile() {
    JavaFileObject source = java("Files", """
        @Workflow
        public class Files {
          @Script @Archive(Archive.Format.ZIP) public static String export() { return ""; }
        }
        """);
    assertThat(Compile.expecting(ARCHIVE_WITHOUT_FILE).withImage(source)).hadErrorContaining("@Archive on export() applies to a returned file")
        .inFile(source).onLineContaining("@Archive");
  }

  @Test
  void credentialsAreSecretKeys() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static long count(@S3(bucket = "b", key = "k", accessKeySecret = "minio") Path file) { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_SECRET_REF).withImage(source)).hadErrorContaining("accessKeySecret = \"minio\" is not of the form secret/key")
        .inFile(source).onLineContaining("accessKeySecret");
  }

  @Test
  void theResultOfAFileStepIsNotAValue() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static Path export() { return Path.of("/tmp/x"); }
          @Script(when = "{{tasks.export.outputs.result}} != ''") public static void check() {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source)).hadErrorContaining("export() returns a file, so it has no result")
        .inFile(source).onLineContaining("when =");
  }

  @Test
  void aCompressionLevelIsBetweenZeroAndNine() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script @Archive(value = Archive.Format.TAR, compressionLevel = 12)
          public static Path export() { return Path.of("/tmp/x"); }
        }
        """);
    assertThat(Compile.expecting(COMPRESSION_LEVEL).withImage(source))
        .hadErrorContaining("@Archive(compressionLevel = 12) must be between 0 and 9, or -1 for Argo's default")
        .inFile(source).onLineContaining("compressionLevel = 12");
  }

  @Test
  void aLocationHasItsRequiredAttributes() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static long count(@Git(repo = "") Path repo) { return 1; }
        }
        """);
    assertThat(Compile.expecting(MISSING_LOCATION).withImage(source))
        .hadErrorContaining("@Git(repo) is required")
        .inFile(source).onLineContaining("@Git(repo");
  }

  @Test
  void httpTakesAnHttpUrl() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static long count(@Http("ftp://example.com/a.csv") Path csv) { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_URL).withImage(source))
        .hadErrorContaining("@Http(\"ftp://example.com/a.csv\") is not an http:// or https:// URL")
        .inFile(source).onLineContaining("@Http(");
  }

  @Test
  void aKeyInTheRepositoryTakesOnlyTheKey() {
    JavaFileObject source = java("Files", """
        import java.nio.file.Path;
        @Workflow
        public class Files {
          @Script public static long count(@S3(key = "in/day.csv", endpoint = "minio:9000") Path day) { return 1; }
        }
        """);
    assertThat(Compile.expecting(KEY_ONLY_WITHOUT_BUCKET).withImage(source))
        .hadErrorContaining("@S3 without a bucket reads the workflow's artifact repository, so it takes only key")
        .inFile(source).onLineContaining("@S3(");
  }

  @Test
  void anArtifactRepositoryIsAConfigMapKey() {
    JavaFileObject source = java("Files", """
        @Workflow(artifactRepository = "artifact-repositories/minio/eu")
        public class Files {
          @Script public static long count() { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_ARTIFACT_REPOSITORY).withImage(source))
        .hadErrorContaining("@Workflow(artifactRepository = \"artifact-repositories/minio/eu\") is neither a key of the"
            + " namespace's artifact-repositories ConfigMap nor of the form configmap/key")
        .inFile(source).onLineContaining("artifactRepository");
  }

  @Test
  void aBareArtifactRepositoryKeyIsInvalidWhenNotAKey() {
    JavaFileObject source = java("Files", """
        @Workflow(artifactRepository = "my key")
        public class Files {
          @Script public static long count() { return 1; }
        }
        """);
    assertThat(Compile.expecting(INVALID_ARTIFACT_REPOSITORY).withImage(source))
        .hadErrorContaining("@Workflow(artifactRepository = \"my key\") is neither a key")
        .inFile(source).onLineContaining("artifactRepository");
  }
}
