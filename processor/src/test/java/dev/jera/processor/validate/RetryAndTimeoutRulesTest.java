package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.BACKOFF_REQUIRED;
import static dev.jera.processor.diagnostic.MessageId.BACKOFF_WITHOUT_LIMIT;
import static dev.jera.processor.diagnostic.MessageId.DEADLINE_NOT_WHOLE_SECONDS;
import static dev.jera.processor.diagnostic.MessageId.EXPRESSION_RETRIES_ERRORS;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DURATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RETRY_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.NOT_POSITIVE;
import static dev.jera.processor.diagnostic.MessageId.STUB_TEMPLATE_SETTING;
import static dev.jera.processor.diagnostic.MessageId.TIMEOUT_ARGUMENT_NOT_DURATION;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_IN_RETRY_EXPRESSION;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_TIMEOUT_INPUT;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Retry(cap, expression)}, a timeout from an input and a template's deadline: the mistakes, where they are. */
class RetryAndTimeoutRulesTest {

  @Test
  void capNeedsABackoff() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, cap = "5s")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(BACKOFF_REQUIRED).withImage(source))
        .hadErrorContaining("@Retry(cap = …) needs backoff = \"…\", the first wait it grows from")
        .inFile(source).onLineContaining("cap = \"5s\"");
  }

  @Test
  void aBackoffWithoutALimitIsNeverWaited() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(backoff = "10s")
          public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.expecting(BACKOFF_WITHOUT_LIMIT).withImage(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("@Retry(backoff = …) without limit: Argo retries at once, without waiting")
        .inFile(source).onLineContaining("backoff = \"10s\"");
  }

  @Test
  void capIsADuration() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, backoff = "1s", cap = "5")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source))
        .hadErrorContaining("@Retry(cap) = \"5\" is not a valid duration: \"5\" has no unit: write \"5s\"")
        .inFile(source).onLineContaining("cap = \"5\"");
  }

  @Test
  void anExpressionMustParse() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, policy = Retry.Policy.ALWAYS,
              expression = "lastRetry.status = 'Error'")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(INVALID_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression = \"lastRetry.status = 'Error'\") does not parse:"
            + " '=' is not an operator; compare with '==' (column 18)")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void anExpressionReadsOnlyLastRetry() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, policy = Retry.Policy.ALWAYS,
              expression = "asInt(lastRetry.exitcode) > 1")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_IN_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression) reads lastRetry.exitcode, which Argo does not define there;"
            + " did you mean 'lastRetry.exitCode'?")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void anExpressionNamesNoOtherVariable() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, policy = Retry.Policy.ALWAYS, expression = "workflow.status == 'Running'")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_IN_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression) reads workflow.status, which Argo does not define there; it reads"
            + " retries, lastRetry.exitCode, lastRetry.status, lastRetry.duration, lastRetry.message")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void anExpressionCallsKnownFunctions() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, policy = Retry.Policy.ALWAYS, expression = "asint(lastRetry.exitCode) > 1")
          public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_IN_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression) calls asint(), which Jera cannot evaluate; did you mean 'asInt'?")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void anExpressionsTagNamesAnInputOfItsTemplate() {
    JavaFileObject source = java("Retries", """
        @Workflow(entrypoint = "retry-script")
        public class Retries {
          @Template
          @Retry(limit = 10, policy = Retry.Policy.ALWAYS,
              expression = "{{inputs.parameters.safe-to-retri}} == true")
          public static void retryScript(@Param(value = "safe-to-retry", defaultValue = "true") String safe) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_IN_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression) of retryScript() reads {{inputs.parameters.safe-to-retri}}, which is"
            + " not an input of its template; did you mean '{{inputs.parameters.safe-to-retry}}'?")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void aClassWideExpressionHasNoInputsToRead() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Retry(limit = 2, policy = Retry.Policy.ALWAYS, expression = "{{inputs.parameters.safe}} == true")
        public class Etl {
          @Script public static String one(@Value("true") String safe) { return safe; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_IN_RETRY_EXPRESSION).withImage(source))
        .hadErrorContaining("@Retry(expression) of the class Etl reads {{inputs.parameters.safe}}, which is not an"
            + " input of its template; a retry's expression substitutes only {{inputs.parameters.<name>}} of the"
            + " template's own inputs")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void anExpressionWithoutPolicyWarnsThatErrorsAreRetried() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script @Retry(limit = 2, expression = "asInt(lastRetry.exitCode) > 1")
          public static String one() { return "1"; }
        }
        """);
    Compilation compilation = Compile.expecting(EXPRESSION_RETRIES_ERRORS).withImage(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("@Retry(expression) without policy: Argo's default policy is then Always")
        .inFile(source).onLineContaining("expression = ");
  }

  @Test
  void aTimeoutNamesAnInputOfItsTemplate() {
    JavaFileObject source = java("Timeouts", """
        @Workflow(entrypoint = "sleep")
        public class Timeouts {
          @Template(timeout = "{{inputs.parameters.timout}}")
          public static void sleep(@Param(value = "timeout", defaultValue = "10s") String timeout) {}
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_TIMEOUT_INPUT).withImage(source))
        .hadErrorContaining("@Template(timeout) of sleep() reads input 'timout', which its template does not have;"
            + " did you mean 'timeout'?")
        .inFile(source).onLineContaining("@Template(timeout");
  }

  @Test
  void aTimeoutTagIsTheWholeValue() {
    JavaFileObject source = java("Timeouts", """
        @Workflow(entrypoint = "sleep")
        public class Timeouts {
          @Template(timeout = "{{inputs.parameters.timeout}}s")
          public static void sleep(@Param(value = "timeout", defaultValue = "10") String timeout) {}
        }
        """);
    assertThat(Compile.expecting(INVALID_DURATION).withImage(source))
        .hadErrorContaining("a timeout is a duration or one whole tag naming an input of its template")
        .inFile(source).onLineContaining("@Template(timeout");
  }

  @Test
  void aCallsArgumentForTheTimeoutIsADuration() {
    JavaFileObject source = java("Timeouts", """
        @Workflow(entrypoint = "sleep-sleep", style = Style.STEPS)
        public class Timeouts {
          @Template(timeout = "{{inputs.parameters.timeout}}")
          public static void sleep(String timeout) {}

          @Script(name = "sleep1", continueOn = ContinueOn.ERROR) @Call(template = "sleep")
          static void sleep1(@Value("10") String timeout) {}
        }
        """);
    assertThat(Compile.expecting(TIMEOUT_ARGUMENT_NOT_DURATION).withImage(source))
        .hadErrorContaining("'10' is not a duration for input 'timeout' of sleep (its timeout): \"10\" has no unit:"
            + " write \"10s\"")
        .inFile(source).onLineContaining("@Value(\"10\")");
  }

  @Test
  void anInputsDefaultForTheTimeoutIsADuration() {
    JavaFileObject source = java("Timeouts", """
        @Workflow(entrypoint = "sleep")
        public class Timeouts {
          @Template(timeout = "{{inputs.parameters.timeout}}")
          public static void sleep(@Param(value = "timeout", defaultValue = "ten seconds") String timeout) {}
        }
        """);
    assertThat(Compile.expecting(TIMEOUT_ARGUMENT_NOT_DURATION).withImage(source))
        .hadErrorContaining("'ten seconds' is not a duration for input 'timeout' of sleep (its timeout)")
        .inFile(source).onLineContaining("ten seconds");
  }

  @Test
  void aDeadlineIsWholeSeconds() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script(deadline = "1500ms") public static String one() { return "1"; }
        }
        """);
    assertThat(Compile.expecting(DEADLINE_NOT_WHOLE_SECONDS).withImage(source))
        .hadErrorContaining("@Script(deadline) = \"1500ms\" is not a whole number of seconds")
        .inFile(source).onLineContaining("1500ms");
  }

  @Test
  void aDeadlineIsLongerThanZero() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "stuck")
        public class Etl {
          @Template(deadline = "0s") public static void stuck() {}
        }
        """);
    assertThat(Compile.expecting(NOT_POSITIVE).withImage(source))
        .hadErrorContaining("@Template(deadline) = \"0s\" must be longer than zero")
        .inFile(source).onLineContaining("deadline = \"0s\"");
  }

  @Test
  void aStepThatCallsATemplateHasNoDeadlineOfItsOwn() {
    JavaFileObject source = java("Steps", """
        @Workflow(entrypoint = "main-steps", style = Style.STEPS)
        public class Steps {
          @Template public static void stuck() {}

          @Script(deadline = "10s") @Call(template = "stuck")
          static void first() {}
        }
        """);
    assertThat(Compile.expecting(STUB_TEMPLATE_SETTING).withImage(source))
        .hadErrorContaining("deadline of first() belongs to the template it calls; set it on @Template stuck()")
        .inFile(source).onLineContaining("deadline = \"10s\"");
  }
}
