package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.HTTP_OUTPUT;
import static dev.jera.processor.diagnostic.MessageId.HTTP_POD_SETTING;
import static dev.jera.processor.diagnostic.MessageId.HTTP_WITH_COMMAND;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_CONDITION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_METHOD;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_TIMEOUT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_HTTP_URL;
import static dev.jera.processor.diagnostic.MessageId.INVALID_REQUEST_HEADER;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @HttpRequest}: templates Argo's agent runs by sending a request, whose result is the response's body. */
class HttpRequestTest {

  @Test
  void anHttpTemplateWithEveryAttribute() {
    JavaFileObject source = java("Probe", """
        @Workflow(name = "probe", entrypoint = "main", style = Style.STEPS)
        public class Probe {
          @Template(name = "http")
          @HttpRequest(value = "{{inputs.parameters.url}}", method = "POST",
              headers = "Content-Type: application/json", secretHeaders = "Authorization: api-token/header",
              body = "{\\"day\\": \\"{{inputs.parameters.day}}\\"}", successCondition = "response.statusCode == 201",
              timeoutSeconds = 10, insecureSkipVerify = true)
          public static String http(String url, String day) { return null; }

          @Template public static void print(String message) { System.out.println(message); }

          @Script(name = "post") @Call(template = "http")
          static String post(@Value("https://example.com/days") String url, @Value("monday") String day) { return null; }
          @Script(after = "post") @Call(template = "print") static void show(@From("post") String message) {}
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "probe");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: http
            inputs:
              parameters:
              - name: url
              - name: day
            http:
              method: POST
              url: "{{inputs.parameters.url}}"
              headers:
              - name: Content-Type
                value: application/json
              - name: Authorization
                valueFrom:
                  secretKeyRef:
                    name: api-token
                    key: header
              timeoutSeconds: 10
              successCondition: response.statusCode == 201
              body: "{\\"day\\": \\"{{inputs.parameters.day}}\\"}"
              insecureSkipVerify: true
        """);
    assertThat(manifest).contains("- name: message\n            value: \"{{steps.post.outputs.result}}\"");
    assertThat(manifest).doesNotContain("test.Probe_JeraRunner\n      - http");
  }

  @Test
  void aScriptThatSendsARequestIsAStepWithAnHttpTemplate() {
    JavaFileObject source = java("Ping", """
        @Workflow(name = "ping")
        public class Ping {
          @Script @HttpRequest("https://example.com/health") public static String health() { return null; }
          @Script public static void log(@From("health") String body) { System.out.println(body); }
        }
        """);
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "ping");
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    assertThat(manifest).contains("""
          - name: health
            http:
              url: https://example.com/health
        """);
  }

  @Test
  void withAContainer() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest("https://example.com") @Container(image = "alpine:3.20", command = "true")
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(HTTP_WITH_COMMAND).withImage(source))
        .hadErrorContaining("fetch() is an @HttpRequest template, which Argo's agent runs by sending the request, but it"
            + " also has a @Container; remove one of them")
        .inFile(source).onLineContaining("@HttpRequest");
  }

  @Test
  void aMethodThatIsNoHttpMethod() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com", method = "post")
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_METHOD).withImage(source))
        .hadErrorContaining("@HttpRequest(method = \"post\") is not an HTTP method; did you mean \"POST\"?")
        .inFile(source).onLineContaining("method = \"post\"");
  }

  @Test
  void urlsAreHttpOnceTagsAreValues() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest("ftp://example.com/{{inputs.parameters.file}}")
          public static String fetch(@Param(value = "file", defaultValue = "a.csv") String file) { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_URL).withImage(source))
        .hadErrorContaining("the @HttpRequest URL \"ftp://example.com/{{inputs.parameters.file}}\" is not one Argo's agent"
            + " can request: unsupported protocol scheme \"ftp\"; write an absolute http:// or https:// URL")
        .inFile(source).onLineContaining("ftp://");
  }

  @Test
  void aRelativeUrl() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest("example.com/health") public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_URL).withImage(source))
        .hadErrorContaining("it has no scheme").inFile(source).onLineContaining("example.com/health");
  }

  @Test
  void tagsInTheRequestResolve() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com/{{inputs.parameters.fiel}}")
          public static String fetch(@Param(value = "file", defaultValue = "a.csv") String file) { return null; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("inputs.parameters.fiel").inFile(source).onLineContaining("fiel}}");
  }

  @Test
  void headersAreNameColonValue() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com", headers = "Accept = text/plain",
              secretHeaders = "Authorization: token")
          public static String fetch() { return null; }
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_REQUEST_HEADER, INVALID_REQUEST_HEADER).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("@HttpRequest header \"Accept = text/plain\" is not of the form \"Name: value\"")
        .inFile(source).onLineContaining("Accept = text/plain");
    assertThat(compilation)
        .hadErrorContaining("@HttpRequest(secretHeaders) entry \"Authorization: token\" is not of the form"
            + " \"Name: secret/key\": the value names no Secret and key")
        .inFile(source).onLineContaining("Authorization: token");
  }

  @Test
  void aConditionThatDoesNotParse() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com", successCondition = "response.statusCode = 201")
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_CONDITION).withImage(source))
        .hadErrorContaining("@HttpRequest(successCondition = \"response.statusCode = 201\") is not an expression Argo can"
            + " evaluate:")
        .inFile(source).onLineContaining("successCondition");
  }

  @Test
  void aConditionReadsOnlyTheRequestAndTheResponse() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com", successCondition = "response.status == 201")
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_CONDITION).withImage(source))
        .hadErrorContaining("reads response.status, which Argo does not give a successCondition; did you mean"
            + " response.statusCode?")
        .inFile(source).onLineContaining("successCondition");
  }

  @Test
  void aNegativeTimeout() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest(value = "https://example.com", timeoutSeconds = -5)
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(INVALID_HTTP_TIMEOUT).withImage(source))
        .hadErrorContaining("@HttpRequest(timeoutSeconds = -5) is negative").inFile(source).onLineContaining("-5");
  }

  @Test
  void anOutputOrAFile() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @HttpRequest("https://example.com") @Output("status")
          public static String fetch() { return null; }
          @Script @HttpRequest("https://example.com/a.csv")
          public static java.nio.file.Path download() { return null; }
        }
        """);
    Compilation compilation = Compile.expecting(HTTP_OUTPUT, HTTP_OUTPUT).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("output 'status' of fetch() cannot be set: an @HttpRequest template's only output is its result")
        .inFile(source).onLineContaining("@Output(\"status\")");
    assertThat(compilation)
        .hadErrorContaining("download() returns Path, a file, but an @HttpRequest template's result is the response's body")
        .inFile(source).onLineContaining("a.csv");
  }

  @Test
  void noPodResourcesOrClaims() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "fetch")
        public class Etl {
          @Template @HttpRequest("https://example.com") @PodResources(cpu = "1")
          public static String fetch() { return null; }
        }
        """);
    assertThat(Compile.expecting(HTTP_POD_SETTING).withImage(source))
        .hadErrorContaining("fetch() is an @HttpRequest template, which runs in Argo's shared agent pod, not a pod of its"
            + " own, so Argo rejects its @PodResources (podResources); remove it")
        .inFile(source).onLineContaining("@PodResources");
  }
}
