package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_CONTAINER_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_CONTAINER_ENV;
import static dev.jera.processor.diagnostic.MessageId.INVALID_CONTAINER_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SPEC_PATCH;
import static dev.jera.processor.diagnostic.MessageId.LATEST_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.PRIVILEGED_SIDECAR;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_CONTAINER_NAME;
import static dev.jera.processor.diagnostic.MessageId.SOURCE_OUTSIDE_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.STUB_TEMPLATE_SETTING;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.VALUE_IN_CODE;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @Sidecar} and {@code @InitContainer}. */
class SidecarRulesTest {

  private static JavaFileObject script(String workflow, String annotations) {
    return java("Etl", "@Workflow" + workflow + "\npublic class Etl {\n"
        + "  @Script\n  " + annotations.replace("\n", "\n  ") + "\n  public static String one() { return \"1\"; }\n}\n");
  }

  @Test
  void aWellFormedPodCompilesSilently() {
    JavaFileObject source = script("(restricted = false)", """
        @InitContainer(name = "hello", image = "alpine:3.23", command = {"echo", "hello"}, mirrorVolumeMounts = true)
        @Sidecar(name = "dind", image = "docker:19.03.13-dind", env = "DOCKER_TLS_CERTDIR=", privileged = true)
        @Sidecar(name = "influxdb", image = "influxdb:1.2", command = "influxd")""");
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void aContainerNameIsADns1123Label() {
    JavaFileObject source = script("", "@Sidecar(name = \"Influx_DB\", image = \"influxdb:1.2\")");
    assertThat(Compile.expecting(INVALID_CONTAINER_NAME).withImage(source))
        .hadErrorContaining("@Sidecar(name = \"Influx_DB\") of one() is not a valid container name:")
        .inFile(source).onLineContaining("Influx_DB");
    assertThat(Compile.expecting(INVALID_CONTAINER_NAME).withImage(source))
        .hadErrorContaining("did you mean 'influx-db'?")
        .inFile(source).onLineContaining("Influx_DB");
  }

  @Test
  void argosContainerNamesAreReserved() {
    JavaFileObject source = script("", "@Sidecar(name = \"wait\", image = \"influxdb:1.2\")");
    assertThat(Compile.expecting(RESERVED_CONTAINER_NAME).withImage(source))
        .hadErrorContaining("@Sidecar(name = \"wait\") of one() takes the name of 'wait', Argo's executor container,"
            + " which Argo adds to the pod; name it after what it runs, e.g. \"influxdb\"")
        .inFile(source).onLineContaining("\"wait\"");
    JavaFileObject main = script("", "@InitContainer(name = \"main\", image = \"alpine:3.23\")");
    assertThat(Compile.expecting(RESERVED_CONTAINER_NAME).withImage(main))
        .hadErrorContaining("takes the name of 'main', the step's own container")
        .inFile(main).onLineContaining("\"main\"");
    JavaFileObject plugin = script("", "@Sidecar(name = \"artifact-plugin-s3\", image = \"alpine:3.23\")");
    assertThat(Compile.expecting(RESERVED_CONTAINER_NAME).withImage(plugin))
        .hadErrorContaining("takes the name of 'artifact-plugin-…', an artifact plugin's sidecar")
        .inFile(plugin).onLineContaining("artifact-plugin-s3");
  }

  @Test
  void namesAreUniqueAcrossThePodsContainers() {
    JavaFileObject source = script("", """
        @InitContainer(name = "setup", image = "alpine:3.23")
        @Sidecar(name = "cache", image = "redis:7.4")
        @Sidecar(name = "setup", image = "nginx:1.13")""");
    assertThat(Compile.expecting(DUPLICATE_CONTAINER_NAME).withImage(source))
        .hadErrorContaining("sidecar 'setup' of one() has the name of init container 'setup' of one();"
            + " the containers of one pod need names of their own, so rename one")
        .inFile(source).onLineContaining("nginx:1.13");
  }

  @Test
  void envEntriesAreNameEqualsValue() {
    JavaFileObject source = script("", "@Sidecar(name = \"db\", image = \"postgres:16.4\", env = \"POSTGRES_DB: etl\")");
    assertThat(Compile.expecting(INVALID_CONTAINER_ENV).withImage(source))
        .hadErrorContaining("env entry \"POSTGRES_DB: etl\" of sidecar 'db' of one() is not of the form NAME=value;"
            + " did you mean \"POSTGRES_DB=etl\"?")
        .inFile(source).onLineContaining("POSTGRES_DB");
    JavaFileObject badName = script("", "@InitContainer(name = \"db\", image = \"postgres:16.4\", env = {\"1DB=etl\"})");
    assertThat(Compile.expecting(INVALID_CONTAINER_ENV).withImage(badName))
        .hadErrorContaining("env entry \"1DB=etl\" of init container 'db' of one() names a variable '1DB' that is not valid")
        .inFile(badName).onLineContaining("1DB");
    JavaFileObject twice = script("", "@Sidecar(name = \"db\", image = \"postgres:16.4\",\n    env = {\"A=1\", \"A=2\"})");
    assertThat(Compile.expecting(INVALID_CONTAINER_ENV).withImage(twice))
        .hadErrorContaining("env entry \"A=2\" of sidecar 'db' of one() sets 'A' a second time; keep one")
        .inFile(twice).onLineContaining("A=2");
  }

  @Test
  void aPrivilegedSidecarNeedsAnUnrestrictedWorkflow() {
    JavaFileObject source = script("", "@Sidecar(name = \"dind\", image = \"docker:19.03.13-dind\",\n    privileged = true)");
    assertThat(Compile.expecting(PRIVILEGED_SIDECAR).withImage(source))
        .hadErrorContaining("sidecar 'dind' of one() is privileged, which the restricted Pod Security profile forbids;"
            + " set @Workflow(restricted = false) on Etl, or drop privileged = true")
        .inFile(source).onLineContaining("privileged = true");
  }

  @Test
  void aPrivilegedSidecarOfALibraryCannotBeUnrestricted() {
    JavaFileObject source = java("Tools", """
        @Library
        public class Tools {
          @Script
          @Sidecar(name = "dind", image = "docker:19.03.13-dind", privileged = true)
          public static String build() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(PRIVILEGED_SIDECAR).withImage(source))
        .hadErrorContaining("a @Library's templates are always restricted")
        .inFile(source).onLineContaining("privileged = true");
  }

  @Test
  void imagesAreCheckedAsAContainersAre() {
    JavaFileObject source = script("", "@Sidecar(name = \"web\", image = \"Nginx:1.13\")");
    assertThat(Compile.expecting(INVALID_IMAGE).withImage(source))
        .hadErrorContaining("image 'Nginx:1.13' is not a valid image reference")
        .inFile(source).onLineContaining("Nginx");
    JavaFileObject latest = script("", "@InitContainer(name = \"web\", image = \"nginx:latest\")");
    assertThat(Compile.expecting(LATEST_IMAGE).withImage(latest))
        .hadWarningContaining("image 'nginx:latest' uses the tag 'latest'")
        .inFile(latest).onLineContaining("nginx:latest");
  }

  @Test
  void tagsInASidecarResolveInTheStepsTemplate() {
    JavaFileObject source = script("", "@Sidecar(name = \"web\", image = \"nginx:1.13\", args = \"{{inputs.parameters.port}}\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{inputs.parameters.port}} in the args of sidecar 'web' of one()")
        .inFile(source).onLineContaining("inputs.parameters.port");
  }

  @Test
  void aSpecPatchMayPatchASidecarByName() {
    JavaFileObject fine = script("", """
        @Sidecar(name = "nginx", image = "nginx:1.13")
        @Pod(specPatch = "containers: [{name: nginx, resources: {limits: {cpu: '1'}}}]")""");
    assertThat(Compile.withImage(fine)).succeededWithoutWarnings();
    JavaFileObject source = script("", """
        @Sidecar(name = "nginx", image = "nginx:1.13")
        @Pod(specPatch = "containers: [{name: ngnix, resources: {limits: {cpu: '1'}}}]")""");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("patches container 'ngnix'; the pod's containers are main, wait, nginx; did you mean 'nginx'?")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void aTemplatesSpecPatchIsCheckedAgainstItsContainers() {
    JavaFileObject source = java("Served", """
        @Workflow(name = "served", entrypoint = "serve")
        public class Served {
          @Template
          @Sidecar(name = "nginx", image = "nginx:1.13")
          @Pod(specPatch = "containers: [{name: ngnix, resources: {limits: {cpu: '1'}}}]")
          public static void serve() {}
        }
        """);
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of serve() patches container 'ngnix'; the pod's containers are main, wait, nginx;"
            + " did you mean 'nginx'?")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void aTagInASidecarsShellCodeDrawsAWarningWithTheSidecarsFix() {
    JavaFileObject source = java("Served", """
        @Workflow(name = "served", entrypoint = "serve")
        public class Served {
          @Template
          @Sidecar(name = "web", image = "busybox:1.36", command = {"sh", "-c"},
              args = "echo {{inputs.parameters.msg}}")
          public static void serve(@Param(value = "msg", defaultValue = "hi") String msg) {}
        }
        """);
    assertThat(Compile.expecting(VALUE_IN_CODE).withImage(source))
        .hadWarningContaining("{{inputs.parameters.msg}} is pasted into the code that sh -c runs in @Sidecar 'web'")
        .inFile(source).onLineContaining("echo {{inputs");
    assertThat(Compile.expecting(VALUE_IN_CODE).withImage(source))
        .hadWarningContaining("add env = \"MSG={{inputs.parameters.msg}}\" to the @Sidecar")
        .inFile(source).onLineContaining("echo {{inputs");
  }

  @Test
  void aStepThatCallsATemplateAddsNoContainers() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Template
          public static void print(String message) { System.out.println(message); }

          @Script @Call(template = "print")
          @Sidecar(name = "web", image = "nginx:1.13")
          static void hello(@Value("hi") String message) {}
        }
        """);
    assertThat(Compile.expecting(STUB_TEMPLATE_SETTING).withImage(source))
        .hadErrorContaining("@Sidecar of hello() belongs to the template it calls; set it on @Template print()")
        .inFile(source).onLineContaining("@Sidecar");
  }

  @Test
  void aSidecarOutsideAStepDoesNothing() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script
          public static String one() { return "1"; }

          @Sidecar(name = "web", image = "nginx:1.13")
          public static void helper() {}
        }
        """);
    assertThat(Compile.expecting(SOURCE_OUTSIDE_SCRIPT).withImage(source))
        .hadErrorContaining("@Sidecar")
        .inFile(source).onLineContaining("@Sidecar");
  }
}
