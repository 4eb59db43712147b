package dev.jera.processor.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Retry} without a limit, with a cap and an expression; a timeout from an input; a template's deadline. */
class RetryAndTimeoutManifestTest {

  private static String manifest(String name, JavaFileObject source) {
    Compilation compilation = Compile.withImage(source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, name);
    assertThat(ArgoSchemas.errors(manifest)).isEmpty();
    return manifest;
  }

  @Test
  void retryWithoutALimitIsAnEmptyStrategy() {
    String manifest = manifest("to-completion", java("Done", """
        @Workflow(name = "to-completion", entrypoint = "retry-to-completion")
        public class Done {
          @Template @Retry public static void retryToCompletion() {}
        }
        """));
    assertThat(manifest).contains("  - name: retry-to-completion\n    retryStrategy: {}\n");
  }

  @Test
  void capGoesIntoTheBackoff() {
    String manifest = manifest("backoff", java("Backoff", """
        @Workflow(name = "backoff", entrypoint = "retry-backoff")
        public class Backoff {
          @Template @Retry(limit = 10, backoff = "1s", factor = 2, maxBackoff = "1m", cap = "5s")
          public static void retryBackoff() {}
        }
        """));
    assertThat(manifest).contains(String.join("\n",
        "    retryStrategy:",
        "      limit: \"10\"",
        "      backoff:",
        "        duration: 1s",
        "        factor: \"2\"",
        "        maxDuration: 1m",
        "        cap: 5s", ""));
  }

  @Test
  void anExpressionKeepsItsTagsAndAlwaysIsLeftImplicit() {
    String manifest = manifest("conditional", java("Conditional", """
        @Workflow(name = "conditional", entrypoint = "retry-script")
        public class Conditional {
          @Template
          @Retry(limit = 10, policy = Retry.Policy.ALWAYS,
              expression = "asInt(lastRetry.exitCode) > 1 && {{inputs.parameters.safe-to-retry}} == true")
          public static void retryScript(@Param(value = "safe-to-retry", defaultValue = "true") String safeToRetry) {}
        }
        """));
    assertThat(manifest).contains(String.join("\n",
        "    retryStrategy:",
        "      limit: \"10\"",
        "      expression: \"asInt(lastRetry.exitCode) > 1 && {{inputs.parameters.safe-to-retry}} == true\"", ""));
  }

  @Test
  void onFailureWithAnExpressionIsWrittenOut() {
    String manifest = manifest("narrow", java("Narrow", """
        @Workflow(name = "narrow")
        public class Narrow {
          @Script @Retry(limit = 2, policy = Retry.Policy.ON_FAILURE, expression = "lastRetry.exitCode != '3'")
          public static void one() {}
        }
        """));
    assertThat(manifest).contains(String.join("\n",
        "      limit: \"2\"",
        "      retryPolicy: OnFailure",
        "      expression: lastRetry.exitCode != '3'", ""));
  }

  @Test
  void aTimeoutFromAnInputAndADeadline() {
    String manifest = manifest("timeouts", java("Timeouts", """
        @Workflow(name = "timeouts", entrypoint = "sleep-sleep", style = Style.STEPS)
        public class Timeouts {
          @Template(timeout = "{{inputs.parameters.timeout}}")
          public static void sleep(String timeout) {}

          @Template(deadline = "10s")
          public static void stuck() {}

          @Script(name = "sleep1") @Call(template = "sleep")
          static void sleep1(@Value("10s") String timeout) {}

          @Script(after = "sleep1") @Call(template = "stuck")
          static void last() {}
        }
        """));
    assertThat(manifest).contains(String.join("\n",
        "  - name: sleep",
        "    inputs:",
        "      parameters:",
        "      - name: timeout",
        "    timeout: \"{{inputs.parameters.timeout}}\"", ""));
    assertThat(manifest).contains("  - name: stuck\n    activeDeadlineSeconds: 10\n");
  }
}
