package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CONFLICTING_OPTIONS;
import static dev.jera.processor.diagnostic.MessageId.DEPRECATED_OPTION;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_LABEL;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_WORKFLOW_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_LABEL;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SERVICE_ACCOUNT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_WORKFLOW_NAME;
import static dev.jera.processor.diagnostic.MessageId.LABEL_WITHOUT_EQUALS;
import static dev.jera.processor.diagnostic.MessageId.LEGACY_VERSION_PLACEHOLDER;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_LABEL;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_STEP_NAME;
import static dev.jera.processor.diagnostic.MessageId.STEP_NAME_STARTS_WITH_DIGIT;
import static dev.jera.processor.diagnostic.MessageId.STEP_NAME_TOO_LONG;
import static dev.jera.processor.diagnostic.MessageId.VERSION_WITHOUT_OPTION;
import static dev.jera.processor.diagnostic.MessageId.WORKFLOW_NAME_TOO_LONG;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class NameRulesTest {

  @Test
  void workflowNameMustBeAKubernetesName() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "Currency_ETL")
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.expecting(INVALID_WORKFLOW_NAME).withImage(source);
    assertThat(compilation).hadErrorContaining("workflow name 'Currency_ETL' is not a valid Kubernetes name")
        .inFile(source).onLineContaining("@Workflow(name = \"Currency_ETL\")");
  }

  @Test
  void workflowNameLeavesRoomForTheGeneratedSuffix() {
    String name = "a".repeat(59);
    JavaFileObject source = java("Etl", "@Workflow(name = \"" + name + "\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    assertThat(Compile.expecting(WORKFLOW_NAME_TOO_LONG).withImage(source))
        .hadErrorContaining("has 59 characters, but Kubernetes adds a random suffix to a Workflow's generateName, so it allows at most 58")
        .inFile(source).onLineContaining("@Workflow(name");
  }

  @Test
  void aVeryLongNameIsToldTheLimitOfItsKindAtOnce() {
    // Kubernetes' own limit (253) is not the one that applies: saying it first would take two compiles.
    String name = "a".repeat(300);
    JavaFileObject source = java("Etl", "@Workflow(name = \"" + name + "\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    Compilation compilation = Compile.expecting(WORKFLOW_NAME_TOO_LONG).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("has 300 characters, but Kubernetes adds a random suffix to a Workflow's generateName, so it allows at most 58")
        .inFile(source).onLineContaining("@Workflow(name");
    assertThat(compilation).hadErrorCount(1);
    com.google.common.truth.Truth.assertThat(compilation.errors().get(0).getMessage(null)).doesNotContain("253");
  }

  @Test
  void aLongNameWithBadCharactersIsToldBothAndTheLimitOfItsKind() {
    String name = "Etl_" + "c".repeat(250);
    JavaFileObject source = java("Etl", "@Workflow(name = \"" + name + "\", kind = Kind.CRON_WORKFLOW, schedule = \"@daily\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    Compilation compilation = Compile.expecting(INVALID_WORKFLOW_NAME).withImage(source);
    assertThat(compilation).hadErrorContaining("is 254 characters long, and contains '_' and uppercase letters; keep it to 52 characters")
        .inFile(source).onLineContaining("@Workflow(name");
    assertThat(compilation).hadErrorContaining("Argo adds a timestamp to a CronWorkflow's runs, so it allows at most 52");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aWorkflowTemplateNameMayHaveSixtyThreeCharacters() {
    JavaFileObject ok = java("Etl", "@Workflow(name = \"" + "t".repeat(63) + "\", kind = Kind.WORKFLOW_TEMPLATE)\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    assertThat(Compile.withImage(ok)).succeededWithoutWarnings();
    JavaFileObject tooLong = java("Etl", "@Workflow(name = \"" + "t".repeat(64) + "\", kind = Kind.WORKFLOW_TEMPLATE)\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    assertThat(Compile.expecting(WORKFLOW_NAME_TOO_LONG).withImage(tooLong)).hadErrorContaining("has 64 characters, but Argo allows at most 63");
  }

  @Test
  void fiftyEightCharactersAreEnoughForAWorkflow() {
    JavaFileObject source = java("Etl", "@Workflow(name = \"" + "a".repeat(58) + "\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void cronWorkflowNamesAreShorter() {
    JavaFileObject source = java("Etl", "@Workflow(name = \"" + "c".repeat(53) + "\", kind = Kind.CRON_WORKFLOW, schedule = \"@daily\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    assertThat(Compile.expecting(WORKFLOW_NAME_TOO_LONG).withImage(source)).hadErrorContaining("at most 52").inFile(source).onLineContaining("@Workflow(name");
  }

  @Test
  void versionPlaceholderNeedsTheOption() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl-${jera.appVersion}", kind = Kind.WORKFLOW_TEMPLATE)
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(VERSION_WITHOUT_OPTION).withImage(source))
        .hadErrorContaining("uses ${jera.appVersion}, but the processor option jera.appVersion is not set;"
            + " pass -Ajera.appVersion=… to javac")
        .inFile(source).onLineContaining("etl-${jera.appVersion}");
  }

  @Test
  void versionPlaceholderTakesTheVersion() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl-${jera.appVersion}", kind = Kind.WORKFLOW_TEMPLATE)
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.withImage(List.of("-Ajera.appVersion=1.4.0-SNAPSHOT"), source);
    assertThat(compilation).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "etl-1.4.0-snapshot"))
        .contains("app.kubernetes.io/version: 1.4.0-SNAPSHOT");
  }

  @Test
  void oldVersionOptionStillWorksWithAWarning() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl-${jera.appVersion}", kind = Kind.WORKFLOW_TEMPLATE)
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.expecting(DEPRECATED_OPTION).withImage(List.of("-Ajera.version=1.4.0"), source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining(
        "processor option jera.version is deprecated: your application's version is now jera.appVersion"
            + " (-Ajera.appVersion=${project.version})");
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "etl-1.4.0"))
        .contains("app.kubernetes.io/version: \"1.4.0\"");
  }

  @Test
  void oldAndNewVersionOptionsMustAgree() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl")
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(CONFLICTING_OPTIONS).withImage(List.of("-Ajera.version=1.0", "-Ajera.appVersion=2.0"), source))
        .hadErrorContaining("processor options jera.appVersion=2.0 and jera.version=1.0 disagree;"
            + " remove -Ajera.version, the old name of jera.appVersion");
  }

  @Test
  void oldVersionPlaceholderStillWorksWithAWarningAtTheName() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl-${jera.version}", kind = Kind.WORKFLOW_TEMPLATE)
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.expecting(LEGACY_VERSION_PLACEHOLDER).withImage(List.of("-Ajera.appVersion=1.4.0"), source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("uses ${jera.version}, the old name of ${jera.appVersion} (your application's version,"
            + " not Jera's); write ${jera.appVersion}")
        .inFile(source).onLineContaining("etl-${jera.version}");
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "etl-1.4.0")).contains("name: etl-1.4.0");
  }

  @Test
  void workflowNamesAreUniqueAcrossTheCompilation() {
    JavaFileObject first = java("First", """
        @Workflow(name = "etl")
        public class First { @Script public static String one() { return "1"; } }
        """);
    JavaFileObject second = java("Second", """
        @Workflow(name = "etl")
        public class Second { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(DUPLICATE_WORKFLOW_NAME).withImage(first, second))
        .hadErrorContaining("workflow name 'etl' is already used by test.First, also a Workflow")
        .inFile(second).onLineContaining("@Workflow(name = \"etl\")");
  }

  @Test
  void aNameIsUniquePerKindAndASharedOneGetsTheKindInItsFileName() throws java.io.IOException {
    JavaFileObject template = java("Inline", """
        @Workflow(name = "dag-inline", kind = Kind.WORKFLOW_TEMPLATE)
        public class Inline { @Script public static String one() { return "1"; } }
        """);
    JavaFileObject cron = java("InlineCron", """
        @Workflow(name = "dag-inline", kind = Kind.CRON_WORKFLOW, schedule = "0 * * * *")
        public class InlineCron { @Script public static String one() { return "1"; } }
        """);
    Compilation compilation = Compile.withImage(cron, template);
    assertThat(compilation).succeededWithoutWarnings();
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "dag-inline")).contains("kind: WorkflowTemplate");
    com.google.common.truth.Truth.assertThat(Compile.manifest(compilation, "dag-inline.cronworkflow")).contains("kind: CronWorkflow");
    String index = new String(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/jera/index.json")
        .orElseThrow().openInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    com.google.common.truth.Truth.assertThat(index).contains("META-INF/argo/dag-inline.cronworkflow.yaml");
    com.google.common.truth.Truth.assertThat(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
        "META-INF/jera/workflows/dag-inline.cronworkflow.json")).isPresent();
  }

  @Test
  void stepNamesAreArgoNames() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(name = "load_all") public static String load() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(INVALID_STEP_NAME).withImage(source)).hadErrorContaining("step name 'load_all' of load() is not valid for Argo")
        .inFile(source).onLineContaining("load_all");
  }

  @Test
  void stepNamesDoNotStartWithADigit() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(name = "1st") public static String first() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(STEP_NAME_STARTS_WITH_DIGIT).withImage(source)).hadErrorContaining("step name '1st' of first() starts with a digit")
        .inFile(source).onLineContaining("\"1st\"");
  }

  @Test
  void mainIsReserved() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String main() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(RESERVED_STEP_NAME).withImage(source)).hadErrorContaining("step name 'main' of main() is reserved")
        .inFile(source).onLineContaining("main()");
  }

  @Test
  void stepNamesAreUnique() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String fetchData() { return "1"; }
          @Script(name = "fetch-data") public static String other() { return "2"; }
        }
        """);
    assertThat(Compile.expecting(DUPLICATE_STEP_NAME).withImage(source)).hadErrorContaining("step name 'fetch-data' of other() is already used by fetchData()")
        .inFile(source).onLineContaining("@Script(name = \"fetch-data\")");
  }

  @Test
  void labelsAreKeyValuePairs() {
    JavaFileObject source = java("Etl", """
        @Workflow(labels = {"team=data", "owner"})
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(LABEL_WITHOUT_EQUALS).withImage(source)).hadErrorContaining("label 'owner' is not of the form key=value")
        .inFile(source).onLineContaining("labels =");
  }

  @Test
  void labelValuesFollowKubernetesSyntax() {
    JavaFileObject source = java("Etl", """
        @Workflow(labels = "team=data platform")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_LABEL).withImage(source)).hadErrorContaining("label 'team=data platform' is not a valid Kubernetes label")
        .inFile(source).onLineContaining("labels =");
  }

  @Test
  void serviceAccountIsAKubernetesName() {
    JavaFileObject source = java("Etl", """
        @Workflow(serviceAccount = "ETL Runner")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_SERVICE_ACCOUNT).withImage(source)).hadErrorContaining("service account 'ETL Runner' is not a valid Kubernetes name")
        .inFile(source).onLineContaining("serviceAccount");
  }

  @Test
  void aStepNameHasAtMost128Characters() {
    String name = "s".repeat(129);
    JavaFileObject source = java("Etl", "@Workflow\npublic class Etl {\n"
        + "  @Script(name = \"" + name + "\") public static String one() { return \"1\"; }\n}\n");
    assertThat(Compile.expecting(STEP_NAME_TOO_LONG).withImage(source))
        .hadErrorContaining("step name '" + name + "' of one() has 129 characters, but Argo allows at most 128;"
            + " set a shorter @Script(name = …)")
        .inFile(source).onLineContaining("@Script(name");
  }

  @Test
  void aLabelKeyIsGivenOnce() {
    JavaFileObject source = java("Etl", """
        @Workflow(labels = {"team=data", "team=platform"})
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(DUPLICATE_LABEL).withImage(source))
        .hadErrorContaining("label key 'team' is given twice; keep one")
        .inFile(source).onLineContaining("@Workflow(labels");
  }

  @Test
  void theVersionLabelIsJeras() {
    JavaFileObject source = java("Etl", """
        @Workflow(labels = "app.kubernetes.io/version=2.0")
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    // Jera sets the label when the option is given; without it the user's label stands.
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
    assertThat(Compile.expecting(RESERVED_LABEL).withImage(List.of("-Ajera.appVersion=2.0"), source))
        .hadErrorContaining("label key 'app.kubernetes.io/version' is set by Jera from the processor option"
            + " jera.appVersion; remove it here")
        .inFile(source).onLineContaining("@Workflow(labels");
  }
}
