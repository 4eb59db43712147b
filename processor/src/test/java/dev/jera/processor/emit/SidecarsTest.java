package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Sidecar} and {@code @InitContainer} in manifests: sidecars[] and initContainers[] of the template. */
class SidecarsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final JavaFileObject PODS = java("Pods", """
      @Workflow(name = "pods", restricted = false)
      public class Pods {
        @Script
        @Volume(name = "work", mountPath = "/work")
        @InitContainer(name = "fetch", image = "alpine:3.23", command = {"sh", "-c"}, args = "echo hi > /work/hi",
            mirrorVolumeMounts = true)
        @InitContainer(name = "schema", image = "postgres:16.4", command = "psql", env = "PGHOST=db")
        @Sidecar(name = "dind", image = "docker:19.03.13-dind", command = "dockerd-entrypoint.sh",
            env = {"DOCKER_TLS_CERTDIR=", "LOG=a=b"}, privileged = true, mirrorVolumeMounts = true)
        @Sidecar(name = "nginx", image = "nginx:1.13", command = {"nginx", "-g", "daemon off;"})
        public static String build() { return "built"; }
      }
      """);

  private static final JavaFileObject RESTRICTED = java("Served", """
      @Workflow(name = "served", entrypoint = "serve")
      public class Served {
        @Template
        @Sidecar(name = "nginx", image = "nginx:1.13", args = "{{inputs.parameters.port}}")
        @Container(image = "curlimages/curl:8.10.1", command = "curl", args = "http://127.0.0.1/")
        public static void serve(@Param(value = "port", defaultValue = "80") String port) {}
      }
      """);

  @Test
  void initContainersAndSidecarsReachTheTemplateInOrder() throws IOException {
    Compilation compilation = Compile.withImage(PODS);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode template = YAML.readTree(Compile.manifest(compilation, "pods")).path("spec").path("templates").get(1);
    assertThat(template.path("initContainers").toString()).isEqualTo(
        "[{\"name\":\"fetch\",\"image\":\"alpine:3.23\",\"command\":[\"sh\",\"-c\"],\"args\":[\"echo hi > /work/hi\"],"
            + "\"mirrorVolumeMounts\":true},"
            + "{\"name\":\"schema\",\"image\":\"postgres:16.4\",\"command\":[\"psql\"],\"env\":[{\"name\":\"PGHOST\",\"value\":\"db\"}]}]");
    assertThat(template.path("sidecars").toString()).isEqualTo(
        "[{\"name\":\"dind\",\"image\":\"docker:19.03.13-dind\",\"command\":[\"dockerd-entrypoint.sh\"],"
            + "\"env\":[{\"name\":\"DOCKER_TLS_CERTDIR\",\"value\":\"\"},{\"name\":\"LOG\",\"value\":\"a=b\"}],"
            + "\"securityContext\":{\"privileged\":true},\"mirrorVolumeMounts\":true},"
            + "{\"name\":\"nginx\",\"image\":\"nginx:1.13\",\"command\":[\"nginx\",\"-g\",\"daemon off;\"]}]");
  }

  @Test
  void aRestrictedWorkflowsSidecarsAreRestrictedToo() throws IOException {
    Compilation compilation = Compile.withImage(RESTRICTED);
    assertThat(compilation).succeededWithoutWarnings();
    JsonNode template = YAML.readTree(Compile.manifest(compilation, "served")).path("spec").path("templates").get(0);
    JsonNode sidecar = template.path("sidecars").get(0);
    assertThat(sidecar.path("args").toString()).isEqualTo("[\"{{inputs.parameters.port}}\"]");
    assertThat(sidecar.path("securityContext")).isEqualTo(template.path("container").path("securityContext"));
    assertThat(sidecar.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
  }

  @Test
  void sidecarsPassArgosSchemas() {
    assertThat(ArgoSchemas.errors(Compile.manifest(Compile.withImage(PODS), "pods"))).isEmpty();
    assertThat(ArgoSchemas.errors(Compile.manifest(Compile.withImage(RESTRICTED), "served"))).isEmpty();
  }
}
