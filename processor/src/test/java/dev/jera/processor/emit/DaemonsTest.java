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

/** {@code @Daemon} in manifests: {@code daemon: true} and the container's readiness probe. */
class DaemonsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final JavaFileObject STEPS = java("Influx", """
      @Workflow(name = "influx", style = Style.STEPS)
      public class Influx {
        @Template @Daemon(http = "/ping", port = 8086, initialDelay = "5s", timeout = "1s")
        @Container(image = "influxdb:1.2")
        public static void influxdb() {}

        @Template @Daemon(tcp = 6379)
        public static void cache() {}

        @Template @Daemon(exec = {"pg_isready", "-h", "127.0.0.1"}, timeout = "2s")
        @Container(image = "postgres:16.4")
        public static void db() {}

        @Template @Daemon
        public static void plain() {}

        @Script @Call(template = "influxdb")
        static void influx() {}

        @Script @Call(template = "cache")
        static void redis() {}

        @Script @Call(template = "db")
        static void postgres() {}

        @Script @Call(template = "plain")
        static void quiet() {}

        @Script(after = {"influx", "redis", "postgres", "quiet"})
        public static String client(@Value("{{steps.influx.ip}}") String influx, @Value("{{steps.redis.ip}}") String redis) {
          return influx + redis;
        }
      }
      """);

  private static final JavaFileObject DAG = java("Served", """
      @Workflow(name = "served")
      public class Served {
        @Script @Daemon(http = "/", port = 8080) @Retry(limit = 2)
        public static void server() {}

        @Script
        public static void client(@Value("{{tasks.server.ip}}") String host) {}
      }
      """);

  private JsonNode template(String source, String name) throws IOException {
    for (JsonNode template : YAML.readTree(source).path("spec").path("templates")) {
      if (template.path("name").asText().equals(name)) {
        return template;
      }
    }
    throw new AssertionError("no template " + name + " in\n" + source);
  }

  @Test
  void aDaemonIsMarkedAndProbedAsWritten() throws IOException {
    Compilation compilation = Compile.withImage(STEPS);
    assertThat(compilation).succeeded();
    String manifest = Compile.manifest(compilation, "influx");
    JsonNode influxdb = template(manifest, "influxdb");
    assertThat(influxdb.path("daemon").asBoolean()).isTrue();
    assertThat(influxdb.path("container").path("readinessProbe").toString()).isEqualTo(
        "{\"httpGet\":{\"path\":\"/ping\",\"port\":8086},\"initialDelaySeconds\":5,\"timeoutSeconds\":1}");
    assertThat(template(manifest, "cache").path("script").path("readinessProbe").toString())
        .isEqualTo("{\"tcpSocket\":{\"port\":6379}}");
    assertThat(template(manifest, "db").path("container").path("readinessProbe").toString())
        .isEqualTo("{\"exec\":{\"command\":[\"pg_isready\",\"-h\",\"127.0.0.1\"]},\"timeoutSeconds\":2}");
    JsonNode plain = template(manifest, "plain");
    assertThat(plain.path("daemon").asBoolean()).isTrue();
    assertThat(plain.path("script").has("readinessProbe")).isFalse();
    assertThat(manifest).contains("value: \"{{steps.influx.ip}}\"");
    assertThat(template(manifest, "client").has("daemon")).isFalse();
  }

  @Test
  void aDaemonStepOfADagIsADependencyOfWhoReadsItsAddress() throws IOException {
    Compilation compilation = Compile.withImage(DAG);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "served");
    JsonNode tasks = template(manifest, "main").path("dag").path("tasks");
    assertThat(tasks.get(1).path("depends").asText()).isEqualTo("server");
    JsonNode server = template(manifest, "server");
    assertThat(server.path("daemon").asBoolean()).isTrue();
    assertThat(server.path("retryStrategy").path("limit").asText()).isEqualTo("2");
  }

  @Test
  void daemonsPassArgosSchemas() {
    assertThat(ArgoSchemas.errors(Compile.manifest(Compile.withImage(STEPS), "influx"))).isEmpty();
    assertThat(ArgoSchemas.errors(Compile.manifest(Compile.withImage(DAG), "served"))).isEmpty();
  }
}
