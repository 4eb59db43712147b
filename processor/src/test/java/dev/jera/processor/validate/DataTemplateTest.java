package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DATA_SOURCE;
import static dev.jera.processor.diagnostic.MessageId.DATA_TRANSFORMATION;
import static dev.jera.processor.diagnostic.MessageId.DATA_WITH_COMMAND;
import static dev.jera.processor.diagnostic.MessageId.INVALID_EXPRESSION;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Data}: Argo's data templates, a listing of a store transformed by expressions. */
class DataTemplateTest {
  private static JavaFileObject listing(String data, String parameters) {
    return java("Logs", """
        import java.nio.file.Path;
        import java.util.List;
        @Workflow(name = "logs", entrypoint = "list-logs")
        public class Logs {
          @Template(name = "list-logs")
        """ + "  " + data + "\n" + """
          public static List<String> listLogs(""" + parameters + """
        ) { return null; }
        }
        """);
  }

  @Test
  void aDataTemplateListsItsSourceAndTransformsTheList() {
    Compilation compilation = Compile.withImage(listing(
        "@Data(transformation = {\"filter(data, {# endsWith \\\"main.log\\\"})\", \"map(data, {upper(#)})\"})",
        "@Param(\"test-bucket\") @S3(bucket = \"my-bucket\") Path testBucket"));
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "logs");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: list-logs
            data:
              source:
                artifactPaths:
                  name: test-bucket
                  s3:
                    bucket: my-bucket
              transformation:
              - expression: "filter(data, {# endsWith \\"main.log\\"})"
              - expression: "map(data, {upper(#)})"
        """);
  }

  @Test
  void aDataTemplateHasExactlyOneSource() {
    JavaFileObject none = listing("@Data(transformation = \"data\")", "");
    assertThat(Compile.expecting(DATA_SOURCE).withImage(none))
        .hadErrorContaining("@Data template listLogs() lists the files of its source, one Path parameter with a location,"
            + " but has none")
        .inFile(none).onLineContaining("@Data(transformation");
  }

  @Test
  void aDataTemplateRunsNothingElse() {
    JavaFileObject source = listing("@Data(transformation = \"data\") @Container(image = \"alpine:3.20\")",
        "@S3(bucket = \"my-bucket\") Path bucket");
    assertThat(Compile.expecting(DATA_WITH_COMMAND).withImage(source))
        .hadErrorContaining("@Data template listLogs() also has a @Container")
        .inFile(source).onLineContaining("@Data(transformation");
  }

  @Test
  void aTransformationReadsOnlyData() {
    JavaFileObject source = listing("@Data(transformation = \"filter(files, {# endsWith '.log'})\")",
        "@S3(bucket = \"my-bucket\") Path bucket");
    assertThat(Compile.expecting(DATA_TRANSFORMATION).withImage(source))
        .hadErrorContaining("reads 'files', but a transformation reads only data, the list so far")
        .inFile(source).onLineContaining("@Data(transformation");
  }

  @Test
  void aTransformationParses() {
    JavaFileObject source = listing("@Data(transformation = \"filter(data, {# endsWith })\")",
        "@S3(bucket = \"my-bucket\") Path bucket");
    assertThat(Compile.expecting(INVALID_EXPRESSION).withImage(source))
        .hadErrorContaining("the transformation 'filter(data, {# endsWith })'")
        .inFile(source).onLineContaining("@Data(transformation");
  }
}
