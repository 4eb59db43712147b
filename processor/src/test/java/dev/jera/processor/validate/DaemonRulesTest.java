package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DAEMON_RESULT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DAEMON;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.NOT_POSITIVE;
import static dev.jera.processor.diagnostic.MessageId.STUB_TEMPLATE_SETTING;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @Daemon} and in reading a daemon. */
class DaemonRulesTest {

  /** A STEPS workflow with the daemon template {@code influxdb}, called by the step {@code influx}, and {@code more}. */
  private static JavaFileObject steps(String daemon, String more) {
    return java("Influx", "@Workflow(name = \"influx\", style = Style.STEPS)\npublic class Influx {\n"
        + "  @Template " + daemon + "\n  @Container(image = \"influxdb:1.2\")\n  public static void influxdb() {}\n\n"
        + "  @Template\n  @Container(image = \"curlimages/curl:8.10.1\", command = \"curl\", args = \"{{inputs.parameters.host}}\")\n"
        + "  public static void client(String host) {}\n\n"
        + "  @Script @Call(template = \"influxdb\")\n  static void influx() {}\n\n"
        + "  " + more.replace("\n", "\n  ") + "\n}\n");
  }

  private static JavaFileObject probe(String daemon) {
    return steps(daemon, "@Script(after = \"influx\") @Call(template = \"client\")\n"
        + "static void query(@Value(\"{{steps.influx.ip}}\") String host) {}");
  }

  @Test
  void aWellFormedDaemonCompilesSilently() {
    assertThat(Compile.withImage(probe("@Daemon(http = \"/ping\", port = 8086, initialDelay = \"5s\", timeout = \"1s\")")))
        .succeededWithoutWarnings();
    assertThat(Compile.withImage(probe("@Daemon(tcp = 8086)"))).succeededWithoutWarnings();
    assertThat(Compile.withImage(probe("@Daemon"))).succeededWithoutWarnings();
  }

  @Test
  void oneProbeAtATime() {
    JavaFileObject source = probe("@Daemon(http = \"/ping\", port = 8086, tcp = 8086)");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(source))
        .hadErrorContaining("@Daemon of influxdb() sets 2 readiness probes, http and tcp; keep one")
        .inFile(source).onLineContaining("@Daemon");
  }

  @Test
  void anHttpProbeHasAPathAndAPort() {
    JavaFileObject noPort = probe("@Daemon(http = \"/ping\")");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(noPort))
        .hadErrorContaining("@Daemon(http = \"/ping\") of influxdb() needs the port to GET /ping on; add port = …")
        .inFile(noPort).onLineContaining("@Daemon");
    JavaFileObject noPath = probe("@Daemon(port = 8086)");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(noPath))
        .hadErrorContaining("@Daemon(port = 8086) of influxdb() is the port of an http probe, but http is not set;"
            + " add http = \"/\" (the path to GET), or write tcp = 8086")
        .inFile(noPath).onLineContaining("@Daemon");
    JavaFileObject relative = probe("@Daemon(http = \"ping\", port = 8086)");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(relative))
        .hadErrorContaining("@Daemon(http = \"ping\") of influxdb() is not a path; write it from the root, \"/ping\"")
        .inFile(relative).onLineContaining("@Daemon");
    JavaFileObject outOfRange = probe("@Daemon(http = \"/\", port = 80860)");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(outOfRange))
        .hadErrorContaining("@Daemon(port = 80860) of influxdb() is not a port; write a number from 1 to 65535")
        .inFile(outOfRange).onLineContaining("@Daemon");
  }

  @Test
  void probeTimesAreWholeSeconds() {
    JavaFileObject fraction = probe("@Daemon(tcp = 8086, initialDelay = \"1500ms\")");
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(fraction))
        .hadErrorContaining("@Daemon(initialDelay = \"1500ms\") is not a whole number of seconds, which the probe's"
            + " initialDelaySeconds needs")
        .inFile(fraction).onLineContaining("1500ms");
    JavaFileObject zero = probe("@Daemon(tcp = 8086, timeout = \"0s\")");
    assertThat(Compile.expecting(NOT_POSITIVE).withImage(zero))
        .hadErrorContaining("@Daemon(timeout) = \"0s\" must be longer than zero")
        .inFile(zero).onLineContaining("0s");
    JavaFileObject bare = probe("@Daemon(tcp = 8086, timeout = \"1\")");
    assertThat(Compile.expecting(INVALID_DURATION).withImage(bare))
        .hadErrorContaining("@Daemon(timeout) = \"1\" is not a valid duration")
        .inFile(bare).onLineContaining("timeout = \"1\"");
  }

  @Test
  void theAddressIsOnlyADaemons() {
    JavaFileObject source = steps("@Daemon(tcp = 8086)", """
        @Script(after = "influx") @Call(template = "client")
        static void init(@Value("{{steps.influx.ip}}") String host) {}

        @Script(after = "init") @Call(template = "client")
        static void query(@Value("{{steps.init.ip}}") String host) {}""");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{steps.init.ip}} is only defined for a daemon, and init's template client is not @Daemon;"
            + " did you mean {{steps.influx.ip}}?")
        .inFile(source).onLineContaining("steps.init.ip");
  }

  @Test
  void withoutAnyDaemonTheFixIsToMarkOne() {
    JavaFileObject source = java("Plain", """
        @Workflow(name = "plain")
        public class Plain {
          @Script public static void server() {}
          @Script public static void client(@Value("{{tasks.server.ip}}") String host) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{tasks.server.ip}} is only defined for a daemon, and server's template server is not"
            + " @Daemon; mark the template that serves with @Daemon")
        .inFile(source).onLineContaining("tasks.server.ip");
  }

  @Test
  void aDaemonHasNoResult() {
    JavaFileObject from = steps("@Daemon(tcp = 8086)", """
        @Script(after = "influx")
        public static void read(@From("influx") String result) {}

        @Script(after = "read") @Call(template = "client")
        static void query(@Value("{{steps.influx.ip}}") String host) {}""");
    assertThat(Compile.expecting(DAEMON_RESULT).withImage(from))
        .hadErrorContaining("read() reads the result of influx, which runs a daemon, and a daemon has no result;"
            + " read its address with @Value(\"{{steps.influx.ip}}\")")
        .inFile(from).onLineContaining("@From(\"influx\")");
    JavaFileObject tag = steps("@Daemon(tcp = 8086)", """
        @Script(after = "influx") @Call(template = "client")
        static void read(@Value("{{steps.influx.outputs.result}}") String host) {}""");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(tag))
        .hadErrorContaining("influx runs a daemon, which has no result; read its address with {{steps.influx.ip}}")
        .inFile(tag).onLineContaining("outputs.result");
    JavaFileObject returning = java("Served", """
        @Workflow(name = "served")
        public class Served {
          @Script @Daemon(tcp = 8080)
          public static String server() { return "never"; }
        }
        """);
    assertThat(Compile.expecting(DAEMON_RESULT).withImage(returning))
        .hadErrorContaining("daemon server() returns String, but a daemon runs until its graph ends and is then stopped,"
            + " so it never hands a result over; make it return void")
        .inFile(returning).onLineContaining("@Script");
  }

  @Test
  void aFannedOutDaemonHasNoSingleAddress() {
    JavaFileObject source = java("Many", """
        @Workflow(name = "many")
        public class Many {
          @Script(items = {"a", "b"}) @Daemon(tcp = 8080)
          public static void server(@Item String name) {}

          @Script public static void client(@Value("{{tasks.server.ip}}") String host) {}
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("server fans out into one daemon per item, and Argo gives the loop no single address")
        .inFile(source).onLineContaining("tasks.server.ip");
  }

  @Test
  void aResourceIsNoDaemon() {
    JavaFileObject source = java("Objects", """
        @Workflow(name = "objects", entrypoint = "create")
        public class Objects {
          @Template @Daemon @Resource(action = Resource.Action.CREATE, manifest = \"""
              apiVersion: v1
              kind: ConfigMap
              metadata:
                generateName: x-
              \""")
          public static void create() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_DAEMON).withImage(source))
        .hadErrorContaining("@Daemon on create(), a @Resource template: Argo's executor acts on the object and ends")
        .inFile(source).onLineContaining("@Daemon");
  }

  @Test
  void aCallCannotMakeAnotherTemplateADaemon() {
    JavaFileObject source = steps("", """
        @Script(after = "influx") @Call(template = "client") @Daemon(tcp = 80)
        static void query(@Value("x") String host) {}""");
    assertThat(Compile.expecting(STUB_TEMPLATE_SETTING).withImage(source))
        .hadErrorContaining("@Daemon")
        .inFile(source).onLineContaining("@Daemon(tcp = 80)");
  }
}
