package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DISRUPTION_BUDGET;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_POD_GC_SELECTOR;
import static dev.jera.processor.diagnostic.MessageId.INVALID_STOP_STRATEGY;
import static dev.jera.processor.diagnostic.MessageId.NOT_POSITIVE;
import static dev.jera.processor.diagnostic.MessageId.OUTSIDE_CRON;
import static dev.jera.processor.diagnostic.MessageId.POD_GC_OPTION_WITHOUT_STRATEGY;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in the disruption budget, pod GC options, TTLs, priority tags and a cron's stopStrategy. */
class WorkflowSettingsRulesTest {

  private static JavaFileObject workflow(String attributes) {
    return java("Cleanup", "@Workflow(" + attributes + ")\npublic class Cleanup {\n"
        + "  @Script public static String one() { return \"1\"; }\n}\n");
  }

  @Test
  void aDisruptionBudgetIsANumberOrAPercentage() {
    JavaFileObject source = workflow("minAvailable = \"half\"");
    assertThat(Compile.expecting(INVALID_DISRUPTION_BUDGET).withImage(source))
        .hadErrorContaining("@Workflow(minAvailable = \"half\") is neither a whole number nor a percentage")
        .inFile(source).onLineContaining("minAvailable");
  }

  @Test
  void aDisruptionBudgetTakesOneOfTheTwo() {
    JavaFileObject source = workflow("minAvailable = \"1\",\n    maxUnavailable = \"50%\"");
    assertThat(Compile.expecting(INVALID_DISRUPTION_BUDGET).withImage(source))
        .hadErrorContaining("sets both minAvailable and maxUnavailable")
        .inFile(source).onLineContaining("maxUnavailable");
  }

  @Test
  void podGcOptionsNeedAStrategy() {
    JavaFileObject source = workflow("podGCDelay = \"30s\"");
    assertThat(Compile.expecting(POD_GC_OPTION_WITHOUT_STRATEGY).withImage(source))
        .hadErrorContaining("@Workflow(podGCDelay) needs a strategy to apply to; set @Workflow(podGC = PodGC.ON_POD_COMPLETION)")
        .inFile(source).onLineContaining("podGCDelay");
  }

  @Test
  void aPodGcDelayIsADuration() {
    JavaFileObject source = workflow("podGC = PodGC.ON_POD_SUCCESS, podGCDelay = \"30\"");
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source))
        .hadErrorContaining("@Workflow(podGCDelay)")
        .inFile(source).onLineContaining("podGCDelay");
  }

  @Test
  void aPodGcSelectorIsALabelSelector() {
    JavaFileObject source = workflow("podGC = PodGC.ON_POD_SUCCESS, podGCSelector = \"size gt (3)\"");
    assertThat(Compile.expecting(INVALID_POD_GC_SELECTOR).withImage(source))
        .hadErrorContaining("podGCSelector 'size gt (3)' is not valid: a label selector has no 'gt'")
        .inFile(source).onLineContaining("podGCSelector");
  }

  @Test
  void ttlsAfterSuccessAndFailureAreLongerThanZero() {
    JavaFileObject source = workflow("ttlAfterSuccess = \"0s\"");
    assertThat(Compile.expecting(NOT_POSITIVE).withImage(source))
        .hadErrorContaining("@Workflow(ttlAfterSuccess) = \"0s\" must be longer than zero")
        .inFile(source).onLineContaining("ttlAfterSuccess");
  }

  @Test
  void priorityIsReadableOnlyWhenSet() {
    JavaFileObject source = java("Cleanup", """
        @Workflow
        public class Cleanup {
          @Script public static String one(@Value("{{workflow.priority}}") String priority) { return priority; }
        }
        """);
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{workflow.priority}} is only defined when the workflow sets a priority (@Workflow(priority = …))")
        .inFile(source).onLineContaining("workflow.priority");
  }

  @Test
  void stopStrategyIsForCronWorkflows() {
    JavaFileObject source = workflow("stopStrategy = \"cronworkflow.failed >= 3\"");
    assertThat(Compile.expecting(OUTSIDE_CRON).withImage(source))
        .hadErrorContaining("@Workflow(stopStrategy = …) only applies to kind = CRON_WORKFLOW")
        .inFile(source).onLineContaining("stopStrategy");
  }

  @Test
  void stopStrategyReadsCronVariables() {
    JavaFileObject source = workflow("kind = Kind.CRON_WORKFLOW, schedule = \"* * * * *\", stopStrategy = \"cronworkflow.faild >= 3\"");
    assertThat(Compile.expecting(INVALID_STOP_STRATEGY).withImage(source))
        .hadErrorContaining("names no cronworkflow variable 'faild'; did you mean 'cronworkflow.failed'?")
        .inFile(source).onLineContaining("stopStrategy");
  }

  @Test
  void stopStrategyIsNoTemplateString() {
    JavaFileObject source = workflow("kind = Kind.CRON_WORKFLOW, schedule = \"* * * * *\", stopStrategy = \"{{= cronworkflow.failed >= 3 }}\"");
    assertThat(Compile.expecting(INVALID_STOP_STRATEGY).withImage(source))
        .hadErrorContaining("holds a {{…}} tag, but Argo evaluates stopStrategy as an expression as it is")
        .inFile(source).onLineContaining("stopStrategy");
  }
}
