package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.KEY_ONLY_WITHOUT_BUCKET;
import static dev.jera.processor.diagnostic.MessageId.KEY_READ_TOO_EARLY;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_LOCATION_WITHOUT_FILE;
import static dev.jera.processor.diagnostic.MessageId.RELATIVE_HDFS_PATH;
import static dev.jera.processor.diagnostic.MessageId.SOURCE_OUTSIDE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.TWO_OUTPUT_LOCATIONS;
import static dev.jera.processor.diagnostic.MessageId.UNDECLARED_LOCATION_SECRET;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A location annotation on a script returning a Path: where its returned file (output artifact) goes. */
class OutputLocationsTest {

  @Test
  void aFileComponentOfARecordGoesWhereItsOwnLocationSays() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow(name = "outputs")
        public class Outputs {
          public record Files(
              @Output("text-file") @S3(key = "hello.txt") @Archive(Archive.Format.NONE) Path text,
              @Output("tgz-dir") @S3(key = "{{workflow.name}}/dir.tgz") Path dir,
              @Output("plain") Path plain) {}

          @Script
          public static Files write() { return new Files(Path.of("/tmp/a"), Path.of("/tmp"), Path.of("/tmp/b")); }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "outputs");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
              - name: text-file
                path: /tmp/jera/outputs/text-file
                archive:
                  none: {}
                s3:
                  key: hello.txt
              - name: tgz-dir
                path: /tmp/jera/outputs/tgz-dir
                s3:
                  key: "{{workflow.name}}/dir.tgz"
              - name: plain
                path: /tmp/jera/outputs/plain
        """);
  }

  @Test
  void aReturnedFileGoesWhereItsLocationSays() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow(name = "outputs")
        @Param(value = "day", defaultValue = "2024-01-31")
        public class Outputs {
          @Script
          @S3(endpoint = "s3.amazonaws.com", bucket = "my-bucket", region = "us-west-2", key = "path/in/bucket/hello_world.txt.tgz",
              accessKeySecret = "my-s3-credentials/accessKey", secretKeySecret = "my-s3-credentials/secretKey")
          public static Path helloWorldToFile() { return Path.of("/tmp/x"); }

          @Script(items = {"1", "2"})
          @S3(key = "{{workflow.name}}/results/{{workflow.parameters.day}}-{{inputs.parameters.part}}.json")
          public static Path partial(@Item String part) { return Path.of("/tmp/" + part); }

          @Script @Archive(Archive.Format.NONE)
          @Azure(endpoint = "https://myaccount.blob.core.windows.net", container = "my-container", blob = "out/report.txt",
              useSdkCreds = true)
          public static Path report(@From("helloWorldToFile") Path hello) { return hello; }

          @Script
          @Hdfs(addresses = "nn:8020", path = "/tmp/argo/foo", user = "root", force = true)
          public static Path toHdfs() { return Path.of("/tmp/x"); }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "outputs");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          outputs:
            artifacts:
            - name: result
              path: /tmp/jera/outputs/result
              s3:
                endpoint: s3.amazonaws.com
                bucket: my-bucket
                region: us-west-2
                key: path/in/bucket/hello_world.txt.tgz
                accessKeySecret:
                  name: my-s3-credentials
                  key: accessKey
                secretKeySecret:
                  name: my-s3-credentials
                  key: secretKey
        """.indent(2));
    assertThat(manifest).contains("""
              s3:
                key: "{{workflow.name}}/results/{{workflow.parameters.day}}-{{inputs.parameters.part}}.json"
        """.indent(2));
    assertThat(manifest).contains("""
            - name: result
              path: /tmp/jera/outputs/result
              archive:
                none: {}
              azure:
                endpoint: https://myaccount.blob.core.windows.net
                container: my-container
                blob: out/report.txt
                useSDKCreds: true
        """.indent(2));
    assertThat(manifest).contains("""
              hdfs:
                addresses:
                - nn:8020
                path: /tmp/argo/foo
                hdfsUser: root
                force: true
        """.indent(2));
  }

  @Test
  void aLocationOnAMethodNeedsAReturnedFile() {
    JavaFileObject source = java("Outputs", """
        @Workflow
        public class Outputs {
          @Script @S3(bucket = "b", key = "k") public static String export() { return ""; }
        }
        """);
    assertThat(Compile.expecting(OUTPUT_LOCATION_WITHOUT_FILE).withImage(source))
        .hadErrorContaining("@S3 on export() says where its returned file goes, but export() returns String, not a"
            + " java.nio.file.Path; return a Path, or put @S3 on a Path parameter to read a file")
        .inFile(source).onLineContaining("@S3(");
  }

  @Test
  void aReturnedFileHasOneLocation() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow
        public class Outputs {
          @Script @S3(bucket = "b", key = "k")
          @Gcs(bucket = "b", key = "k")
          public static Path export() { return Path.of("/tmp/x"); }
        }
        """);
    assertThat(Compile.expecting(TWO_OUTPUT_LOCATIONS).withImage(source))
        .hadErrorContaining("export() has both @S3 and @Gcs; its returned file goes to one location, so keep one")
        .inFile(source).onLineContaining("@Gcs(");
  }

  @Test
  void aCallDoesNotChooseWhereTheCalleesFileGoes() {
    JavaFileObject library = java("Shared", """
        import java.nio.file.Path;
        @Library
        public class Shared {
          @Script public static Path export() { return Path.of("/tmp/x"); }
        }
        """);
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow
        public class Outputs {
          @Script @Call(library = Shared.class, template = "export") @S3(key = "again.txt")
          public static Path again() { return null; }
        }
        """);
    assertThat(Compile.expecting(OUTPUT_LOCATION_WITHOUT_FILE).withImage(source, library))
        .hadErrorContaining("@S3 on again() has no effect: again() calls a template defined elsewhere, which decides where"
            + " its files go; put @S3 on that template's method")
        .inFile(source).onLineContaining("@S3(");
  }

  @Test
  void aLocationOnAMethodThatIsNoScriptDoesNothing() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow
        public class Outputs {
          @Script public static long count() { return 1; }
          @S3(bucket = "b", key = "k") static Path helper() { return null; }
        }
        """);
    assertThat(Compile.expecting(SOURCE_OUTSIDE_SCRIPT).withImage(source))
        .hadErrorContaining("@S3 on helper() has no effect, because helper() is not a @Script; annotate it with @Script")
        .inFile(source).onLineContaining("@S3(");
  }

  @Test
  void anOutputLocationIsCheckedLikeAnInputLocation() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow
        @Param(value = "day", defaultValue = "2024-01-31")
        @Secret(name = "azure", key = "key")
        public class Outputs {
          @Script @S3(key = "out/{{workflow.parameters.dya}}.csv", region = "eu-west-1")
          public static Path export() { return Path.of("/tmp/x"); }
          @Script @Hdfs(addresses = "nn:8020", path = "out/{{workflow.parameters.day}}", user = "root")
          public static Path hdfs() { return Path.of("/tmp/x"); }
          @Script @Azure(endpoint = "https://a.blob.core.windows.net", container = "c", blob = "b", accountKeySecret = "azure/kye")
          public static Path azure() { return Path.of("/tmp/x"); }
        }
        """);
    Compilation compilation = Compile.expecting(KEY_ONLY_WITHOUT_BUCKET, UNRESOLVED_TAG, RELATIVE_HDFS_PATH, UNDECLARED_LOCATION_SECRET)
        .withImage(source);
    assertThat(compilation).hadErrorContaining("@S3 without a bucket reads the workflow's artifact repository")
        .inFile(source).onLineContaining("@S3(");
    assertThat(compilation).hadErrorContaining("no workflow parameter named 'dya' in Outputs; did you mean 'day'?")
        .inFile(source).onLineContaining("parameters.dya");
    assertThat(compilation).hadErrorContaining("@Hdfs(path = \"out/{{workflow.parameters.day}}\") is not absolute")
        .inFile(source).onLineContaining("@Hdfs(");
    assertThat(compilation).hadErrorContaining("@Azure(accountKeySecret = \"azure/kye\") names a secret key that Outputs does"
            + " not declare; did you mean 'azure/key'?")
        .inFile(source).onLineContaining("azure/kye");
  }

  @Test
  void aStepReadingAKeyAnotherStoresRunsAfterIt() {
    JavaFileObject source = java("Outputs", """
        import java.nio.file.Path;
        @Workflow
        public class Outputs {
          @Script @S3(key = "my-file") public static Path generate() { return Path.of("/tmp/x"); }
          @Script public static long consume(@S3(key = "my-file") Path file) { return 1; }
          @Script(after = "check") public static long later(@S3(key = "my-file") Path file) { return 1; }
          @Script(after = "generate") public static long check() { return 1; }
        }
        """);
    Compilation compilation = Compile.expecting(KEY_READ_TOO_EARLY).withImage(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("parameter 'file' of consume() reads @S3(key = \"my-file\") of the artifact repository, which"
            + " generate() stores, but consume() does not run after generate(), so it may start before the file is there;"
            + " add after = \"generate\" to its @Script")
        .inFile(source).onLineContaining("consume(");
  }
}
