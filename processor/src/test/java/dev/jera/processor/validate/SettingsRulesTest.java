package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.BACKOFF_REQUIRED;
import static dev.jera.processor.diagnostic.MessageId.INVALID_CRON_WHEN;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_OPTION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_QUANTITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SCHEDULE;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SECRET_KEY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SECRET_NAME;
import static dev.jera.processor.diagnostic.MessageId.INVALID_TIMEZONE;
import static dev.jera.processor.diagnostic.MessageId.LATEST_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.LIMIT_BELOW_REQUEST;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_CRON_NUMBER;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_RETRY_FACTOR;
import static dev.jera.processor.diagnostic.MessageId.NEGATIVE_RETRY_LIMIT;
import static dev.jera.processor.diagnostic.MessageId.NOT_POSITIVE;
import static dev.jera.processor.diagnostic.MessageId.NO_IMAGE;
import static dev.jera.processor.diagnostic.MessageId.OUTSIDE_CRON;
import static dev.jera.processor.diagnostic.MessageId.SCHEDULE_REQUIRED;
import static dev.jera.processor.diagnostic.MessageId.SECRET_CLASH;
import static dev.jera.processor.diagnostic.MessageId.UNDECLARED_SECRET;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_CONCURRENCY_POLICY;
import static dev.jera.processor.diagnostic.MessageId.UNTAGGED_IMAGE;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Schedules, time zones, resources, durations, retries, images and secrets. */
class SettingsRulesTest {

  @Test
  void cronNeedsASchedule() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.CRON_WORKFLOW)
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(SCHEDULE_REQUIRED).withImage(source)).hadErrorContaining("workflow Etl is a CRON_WORKFLOW but has no schedule")
        .inFile(source).onLineContaining("@Workflow(kind = Kind.CRON_WORKFLOW)");
  }

  @Test
  void scheduleIsACronExpression() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.CRON_WORKFLOW, schedule = {"@daily", "0 0 * * 7"})
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_SCHEDULE).withImage(source)).hadErrorContaining("schedule '0 0 * * 7' is not a valid cron schedule")
        .inFile(source).onLineContaining("schedule =");
  }

  @Test
  void scheduleOnlyForCron() {
    JavaFileObject source = java("Etl", """
        @Workflow(schedule = "@daily")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(OUTSIDE_CRON).withImage(source))
        .hadErrorContaining("@Workflow(schedule = …) only applies to kind = CRON_WORKFLOW, but this workflow is a WORKFLOW")
        .inFile(source).onLineContaining("schedule = \"@daily\"");
  }

  @Test
  void timezoneIsIana() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.CRON_WORKFLOW, schedule = "*/5 * * * *", timezone = "Asia/Bangkk")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_TIMEZONE).withImage(source)).hadErrorContaining("timezone 'Asia/Bangkk' is not valid")
        .inFile(source).onLineContaining("timezone =");
  }

  @Test
  void timezoneOnlyForCron() {
    JavaFileObject source = java("Etl", """
        @Workflow(timezone = "Asia/Bangkok")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(OUTSIDE_CRON).withImage(source)).hadErrorContaining("@Workflow(timezone = …) only applies to kind = CRON_WORKFLOW")
        .inFile(source).onLineContaining("timezone =");
  }

  @Test
  void concurrencyPolicyIsOneArgoKnowsWithDidYouMean() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.CRON_WORKFLOW, schedule = "@daily",
            concurrencyPolicy = "forbid")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    Compilation compilation = Compile.expecting(UNKNOWN_CONCURRENCY_POLICY).withImage(source);
    assertThat(compilation)
        .hadErrorContaining("concurrencyPolicy = \"forbid\" is not one Argo knows (Allow, Forbid or Replace); did you mean \"Forbid\"?")
        .inFile(source).onLineContaining("concurrencyPolicy = \"forbid\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void cronNumbersAreNotNegative() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.CRON_WORKFLOW, schedule = "@daily",
            startingDeadlineSeconds = -30,
            successfulJobsHistoryLimit = -1,
            failedJobsHistoryLimit = -2)
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    Compilation compilation = Compile.expecting(NEGATIVE_CRON_NUMBER, NEGATIVE_CRON_NUMBER, NEGATIVE_CRON_NUMBER).withImage(source);
    assertThat(compilation).hadErrorContaining("startingDeadlineSeconds = -30 is negative, but it counts seconds after a"
            + " missed schedule during which the run still starts; use 0 or more, or leave it out for Argo's default")
        .inFile(source).onLineContaining("startingDeadlineSeconds = -30");
    assertThat(compilation).hadErrorContaining("successfulJobsHistoryLimit = -1 is negative")
        .inFile(source).onLineContaining("successfulJobsHistoryLimit = -1");
    assertThat(compilation).hadErrorContaining("failedJobsHistoryLimit = -2 is negative")
        .inFile(source).onLineContaining("failedJobsHistoryLimit = -2");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void cronSettingsOnlyForCron() {
    JavaFileObject source = java("Etl", """
        @Workflow(kind = Kind.WORKFLOW_TEMPLATE,
            concurrencyPolicy = "Forbid",
            startingDeadlineSeconds = 60,
            suspend = true,
            when = "{{= cronworkflow.failed < 3 }}")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    Compilation compilation = Compile.expecting(OUTSIDE_CRON, OUTSIDE_CRON, OUTSIDE_CRON, OUTSIDE_CRON).withImage(source);
    for (String attribute : List.of("concurrencyPolicy", "startingDeadlineSeconds", "suspend", "when")) {
      assertThat(compilation)
          .hadErrorContaining("@Workflow(" + attribute + " = …) only applies to kind = CRON_WORKFLOW, but this workflow is a WORKFLOW_TEMPLATE")
          .inFile(source).onLineContaining(attribute + " =");
    }
    assertThat(compilation).hadErrorCount(4);
  }

  @Test
  void cronWhenIsAConditionArgoCanEvaluate() {
    assertCronWhen("{{= cronworkflow.succeded < 3 }}",
        "names no cronworkflow variable 'succeded'; did you mean 'cronworkflow.succeeded'?");
    assertCronWhen("{{workflow.name}} == 'etl'",
        "{{workflow.name}} is not defined when a CronWorkflow decides whether to run (no workflow exists yet)");
    assertCronWhen("{{cronworkflow.failed}} < 3",
        "{{cronworkflow.failed}} is not a string, and a plain tag substitutes only strings; use an expression tag,"
            + " e.g. {{= cronworkflow.failed > 0 }}");
    assertCronWhen("{{cronworkflow.name}} == nightly",
        "{{cronworkflow.name}} is substituted as bare text, which Argo's evaluator then reads as a variable it does"
            + " not have; quote it: '{{cronworkflow.name}}'");
    assertCronWhen("'{{cronworkflow.name}}' == nightly", "'nightly' is a bare word");
    assertCronWhen("'{{cronworkflow.namespace}}' != 'prod' &&", "the expression ends after '&&'");
    assertCronWhen("{{= cronworkflow.failed < 3 ", "close the tag");
  }

  private static void assertCronWhen(String when, String problem) {
    JavaFileObject source = java("Etl", "@Workflow(kind = Kind.CRON_WORKFLOW, schedule = \"@daily\",\n"
        + "    when = \"" + when.replace("\"", "\\\"") + "\")\n"
        + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
    Compilation compilation = Compile.expecting(INVALID_CRON_WHEN).withImage(source);
    assertThat(compilation).hadErrorContaining("cannot be evaluated by Argo before a scheduled run: ");
    assertThat(compilation).hadErrorContaining(problem).inFile(source).onLineContaining("when = ");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void cronWhenThatArgoCanEvaluateIsAccepted() {
    for (String when : List.of(
        "{{= cronworkflow.lastScheduledTime == nil || (now() - cronworkflow.lastScheduledTime).Seconds() > 360 }}",
        "'{{cronworkflow.name}}' != 'paused' && {{= cronworkflow.failed < 3 }}",
        "{{= cronworkflow.labels.team == 'etl' }}")) {
      JavaFileObject source = java("Etl", "@Workflow(kind = Kind.CRON_WORKFLOW, schedule = \"@daily\", concurrencyPolicy = \"Replace\",\n"
          + "    when = \"" + when + "\")\n"
          + "public class Etl { @Script public static String one() { return \"1\"; } }\n");
      assertThat(Compile.withImage(source)).succeededWithoutWarnings();
    }
  }

  @Test
  void quantitiesAreKubernetesQuantities() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Resources(cpu = "250m", memory = "256MB") public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(INVALID_QUANTITY).withImage(source))
        .hadErrorContaining("@Resources(memory = \"256MB\") is not a valid Kubernetes quantity")
        .inFile(source).onLineContaining("\"256MB\"");
  }

  @Test
  void limitsAreNotBelowRequests() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Resources(memory = "1Gi", memoryLimit = "512Mi")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(LIMIT_BELOW_REQUEST).withImage(source))
        .hadErrorContaining("@Resources(memoryLimit = \"512Mi\") is below memory = \"1Gi\"")
        .inFile(source).onLineContaining("memoryLimit");
  }

  @Test
  void timeoutNeedsAUnit() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script(timeout = "30") public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source)).hadErrorContaining("@Script(timeout) = \"30\" is not a valid duration")
        .inFile(source).onLineContaining("timeout = \"30\"");
  }

  @Test
  void timeoutIsAGoDuration() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script(timeout = "5min") public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source)).hadErrorContaining("\"5min\" is not a valid duration")
        .inFile(source).onLineContaining("\"5min\"");
  }

  @Test
  void negativeRetryLimit() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script @Retry(limit = -2) public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(NEGATIVE_RETRY_LIMIT).withImage(source)).hadErrorContaining("@Retry(limit = -2) is negative")
        .inFile(source).onLineContaining("limit = -2");
  }

  @Test
  void factorNeedsABackoff() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script @Retry(limit = 2, factor = 2) public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(BACKOFF_REQUIRED).withImage(source)).hadErrorContaining("@Retry(factor = …) needs backoff = \"…\"")
        .inFile(source).onLineContaining("factor = 2");
  }

  @Test
  void backoffIsADuration() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script @Retry(limit = 2, backoff = "ten seconds") public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source)).hadErrorContaining("@Retry(backoff) = \"ten seconds\" is not a valid duration")
        .inFile(source).onLineContaining("ten seconds");
  }

  @Test
  void aScriptNeedsAnImage() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String one() { return "1"; }
          @Script(image = "python:3.12") public static String two() { return "2"; }
        }
        """);
    assertThat(Compile.expecting(NO_IMAGE).with(List.of(), source))
        .hadErrorContaining("no container image for script one() of Etl; set @Workflow(image = …), @Script(image = …) or the processor option -Ajera.image=…")
        .inFile(source).onLineContaining("@Workflow");
  }

  @Test
  void latestImagesDrawAWarning() {
    JavaFileObject source = java("Etl", """
        @Workflow(image = "registry.example.com/etl:latest")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(LATEST_IMAGE).with(List.of(), source))
        .hadWarningContaining("image 'registry.example.com/etl:latest' uses the tag 'latest'")
        .inFile(source).onLineContaining("image =");
  }

  @Test
  void untaggedImagesDrawAWarning() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl { @Script(image = "registry.example.com/etl") public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(UNTAGGED_IMAGE).with(List.of(), source)).hadWarningContaining("has no tag, which means 'latest'")
        .inFile(source).onLineContaining("image =");
  }

  @Test
  void imagesAreReferences() {
    JavaFileObject source = java("Etl", """
        @Workflow(image = "Registry.example.com/ETL:1.0")
        public class Etl { @Script public static String one() { return "1"; } }
        """);
    assertThat(Compile.expecting(INVALID_IMAGE).with(List.of(), source)).hadErrorContaining("is not a valid image reference")
        .inFile(source).onLineContaining("image =");
  }

  @Test
  void declaredSecretsCatchTypos() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Secret(name = "warehouse", key = "password")
        public class Etl {
          @Script public static String load(@Secret(name = "warehous", key = "password") String password) { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNDECLARED_SECRET).withImage(source))
        .hadErrorContaining("secret warehous/password is not declared on Etl; did you mean 'warehouse/password'?")
        .inFile(source).onLineContaining("\"warehous\"");
  }

  @Test
  void secretNamesAreKubernetesNames() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@Secret(name = "Warehouse DB", key = "password") String password) { return ""; }
        }
        """);
    assertThat(Compile.expecting(INVALID_SECRET_NAME).withImage(source)).hadErrorContaining("secret name 'Warehouse DB' is not a valid Kubernetes name")
        .inFile(source).onLineContaining("Warehouse DB");
  }

  @Test
  void aTtlIsLongerThanZero() {
    JavaFileObject source = java("Etl", """
        @Workflow(ttl = "0s")
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(NOT_POSITIVE).withImage(source))
        .hadErrorContaining("@Workflow(ttl) = \"0s\" must be longer than zero")
        .inFile(source).onLineContaining("ttl = \"0s\"");
  }

  @Test
  void aRetryFactorIsNotNegative() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 3, backoff = "10s", factor = -2) public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(NEGATIVE_RETRY_FACTOR).withImage(source))
        .hadErrorContaining("@Retry(factor = -2) is negative; use 1 or more, or 0 for Argo's default")
        .inFile(source).onLineContaining("@Retry(");
  }

  @Test
  void aSecretKeyIsValid() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(@Secret(name = "db", key = "pass word") String password) { return ""; }
        }
        """);
    assertThat(Compile.expecting(INVALID_SECRET_KEY).withImage(source))
        .hadErrorContaining("secret key 'pass word' is not valid: ")
        .inFile(source).onLineContaining("@Secret(");
  }

  @Test
  void twoSecretsOfAStepReachItAsTwoVariables() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String load(
              @Secret(name = "db-a", key = "b") String first,
              @Secret(name = "db", key = "a-b") String second) { return ""; }
        }
        """);
    assertThat(Compile.expecting(SECRET_CLASH).withImage(source))
        .hadErrorContaining("secrets db-a/b and db/a-b would both reach the step as JERA_SECRET_DB_A_B; rename one"
            + " of the keys")
        .inFile(source).onLineContaining("@Secret(name = \"db\"");
  }

  @Test
  void theUserIdOptionIsANonRootNumber() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(INVALID_OPTION).withImage(List.of("-Ajera.runAsUser=0"), source))
        .hadErrorContaining("processor option jera.runAsUser=0 is not a non-root numeric user id; use e.g. 65532");
  }
}
