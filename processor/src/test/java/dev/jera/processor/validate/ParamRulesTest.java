package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.ALLOWED_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.CONFIG_MAP_PARAM_WITH_ALLOWED;
import static dev.jera.processor.diagnostic.MessageId.DEFAULT_NOT_ALLOWED;
import static dev.jera.processor.diagnostic.MessageId.DEFAULT_NOT_PARSING;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_ALLOWED;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_PARAM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_PARAM_CONFIG_MAP;
import static dev.jera.processor.diagnostic.MessageId.INVALID_PARAM_NAME;
import static dev.jera.processor.diagnostic.MessageId.PARAM_ATTRIBUTE_ON_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_PARAM;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.diagnostic.MessageId.UNUSED_PARAM;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ParamRulesTest {

  @Test
  void unknownParameterSuggestsTheDeclaredOne() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "run-date", defaultValue = "2024-01-01")
        public class Etl {
          @Script public static String extract(@Param("rundate") LocalDate day) { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_PARAM).withImage(source))
        .hadErrorContaining("no workflow parameter named 'rundate' in Etl; did you mean 'run-date'?")
        .inFile(source).onLineContaining("@Param(\"rundate\")");
  }

  @Test
  void undeclaredParameterSaysHowToDeclareIt() {
    JavaFileObject source = java("Etl", """
        @Workflow
        public class Etl {
          @Script public static String extract(@Param("region") String region) { return region; }
        }
        """);
    assertThat(Compile.expecting(UNKNOWN_PARAM).withImage(source))
        .hadErrorContaining("declare it with @Param(\"region\") on the class")
        .inFile(source).onLineContaining("@Param(\"region\")");
  }

  @Test
  void declaringAttributesBelongOnTheClass() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param("region")
        public class Etl {
          @Script public static String extract(
              @Param(value = "region", defaultValue = "eu") String region) { return region; }
        }
        """);
    assertThat(Compile.expecting(PARAM_ATTRIBUTE_ON_SCRIPT).withImage(source))
        .hadErrorContaining("@Param(defaultValue = …) on parameter 'region' of extract() has no effect; declare it"
            + " on the class with @Param(value = …, defaultValue = …)")
        .inFile(source).onLineContaining("defaultValue = \"eu\"");
  }

  @Test
  void parameterNamesFollowArgo() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "run date", defaultValue = "x")
        public class Etl {
          @Script public static String extract(@Param("run date") String day) { return day; }
        }
        """);
    assertThat(Compile.expecting(INVALID_PARAM_NAME).withImage(source)).hadErrorContaining("workflow parameter name 'run date' is not valid for Argo")
        .inFile(source).onLineContaining("@Param(value = \"run date\"");
  }

  @Test
  void parametersAreDeclaredOnce() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "day", defaultValue = "1")
        @Param(value = "day", defaultValue = "2")
        public class Etl {
          @Script public static String extract(@Param("day") String day) { return day; }
        }
        """);
    assertThat(Compile.expecting(DUPLICATE_PARAM).withImage(source)).hadErrorContaining("workflow parameter 'day' is declared twice")
        .inFile(source).onLineContaining("defaultValue = \"2\"");
  }

  @Test
  void unusedParameterIsAWarning() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu")
        public class Etl {
          @Script public static String extract() { return ""; }
        }
        """);
    assertThat(Compile.expecting(UNUSED_PARAM).withImage(source)).succeeded();
    assertThat(Compile.expecting(UNUSED_PARAM).withImage(source)).hadWarningContaining("workflow parameter 'region' is declared but no script uses it")
        .inFile(source).onLineContaining("@Param(value = \"region\"");
  }

  @Test
  void aMisspeltParameterIsOneErrorWithoutAnUnusedWarningForTheOneItMeant() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu")
        @Param(value = "day", defaultValue = "1")
        public class Etl {
          @Script public static String extract(@Param("regoin") String region) { return region; }
          @Script public static String load(@Value("{{workflow.parameters.dya}}") String day) { return day; }
        }
        """);
    Compilation compilation = Compile.expecting(UNKNOWN_PARAM, UNRESOLVED_TAG).withImage(source);
    assertThat(compilation).hadErrorContaining("no workflow parameter named 'regoin' in Etl; did you mean 'region'?")
        .inFile(source).onLineContaining("@Param(\"regoin\")");
    assertThat(compilation).hadErrorContaining("did you mean 'day'?")
        .inFile(source).onLineContaining("{{workflow.parameters.dya}}");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void aParameterReadThroughATagIsUsed() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu")
        public class Etl {
          @Script public static String extract(@Value("region {{workflow.parameters.region}}") String r) { return r; }
        }
        """);
    assertThat(Compile.withImage(source)).succeededWithoutWarnings();
  }

  @Test
  void defaultMustParseAsTheJavaType() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "run-date", defaultValue = "yesterday")
        public class Etl {
          @Script public static String extract(@Param("run-date") LocalDate day) { return ""; }
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source))
        .hadErrorContaining("default value 'yesterday' of workflow parameter 'run-date' is not a valid LocalDate, the type of parameter 'day' of extract()")
        .inFile(source).onLineContaining("\"yesterday\"");
  }

  @Test
  void defaultMustParseAsANumber() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "count", defaultValue = "3.5")
        public class Etl {
          @Script public static String extract(@Param("count") int count) { return ""; }
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source)).hadErrorContaining("default value '3.5' of workflow parameter 'count' is not a valid int")
        .inFile(source).onLineContaining("\"3.5\"");
  }

  @Test
  void defaultMustBeAnEnumConstant() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "tier", defaultValue = "PLATINUM")
        public class Etl {
          public enum Tier { STANDARD, GOLD }
          @Script public static String extract(@Param("tier") Tier tier) { return ""; }
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source)).hadErrorContaining("expected one of STANDARD, GOLD")
        .inFile(source).onLineContaining("\"PLATINUM\"");
  }

  @Test
  void defaultMustDecodeIntoTheRecord() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "window", defaultValue = "{\\"from\\": \\"2024-01-01\\", \\"days\\": \\"seven\\"}")
        public class Etl {
          public record Window(LocalDate from, int days) {}
          @Script public static String extract(@Param("window") Window window) { return ""; }
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_PARSING).withImage(source)).hadErrorContaining("at /days: expected a whole number (int)")
        .inFile(source).onLineContaining("@Param(value = \"window\"");
  }

  @Test
  void allowedValuesMustParse() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "count", defaultValue = "1", allowed = {"1", "two"})
        public class Etl {
          @Script public static String extract(@Param("count") int count) { return ""; }
        }
        """);
    assertThat(Compile.expecting(ALLOWED_NOT_PARSING).withImage(source)).hadErrorContaining("allowed value 'two' of workflow parameter 'count' is not a valid int")
        .inFile(source).onLineContaining("allowed =");
  }

  @Test
  void defaultMustBeAllowed() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "pair", defaultValue = "USD-EUR", allowed = {"USD-THB", "EUR-THB"})
        public class Etl {
          @Script public static String extract(@Param("pair") String pair) { return pair; }
        }
        """);
    assertThat(Compile.expecting(DEFAULT_NOT_ALLOWED).withImage(source))
        .hadErrorContaining("default value 'USD-EUR' of workflow parameter 'pair' is not one of its allowed values [USD-THB, EUR-THB]")
        .inFile(source).onLineContaining("\"USD-EUR\"");
  }

  @Test
  void anAllowedValueIsListedOnce() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "region", defaultValue = "eu", allowed = {"eu", "us", "eu"})
        public class Etl {
          @Script public static String extract(@Param("region") String region) { return region; }
        }
        """);
    assertThat(Compile.expecting(DUPLICATE_ALLOWED).withImage(source))
        .hadErrorContaining("allowed value 'eu' of workflow parameter 'region' is listed twice")
        .inFile(source).onLineContaining("allowed = {");
  }

  @Test
  void aConfigMapParameterIsAConfigMapKey() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "message", configMap = "simple-parameters.msg")
        public class Etl {
          @Script public static String extract(@Param("message") String message) { return message; }
        }
        """);
    assertThat(Compile.expecting(INVALID_PARAM_CONFIG_MAP).withImage(source))
        .hadErrorContaining("configMap of @Param 'message' is 'simple-parameters.msg'; write it as \"configmap/key\","
            + " e.g. \"simple-parameters/msg\"")
        .inFile(source).onLineContaining("simple-parameters.msg");
  }

  @Test
  void aTemplatesConfigMapInputIsAConfigMapKey() {
    JavaFileObject source = java("Etl", """
        @Workflow(entrypoint = "print")
        public class Etl {
          @Template public static void print(@Param(value = "message", configMap = "just-a-name") String message) {}
        }
        """);
    assertThat(Compile.expecting(INVALID_PARAM_CONFIG_MAP).withImage(source))
        .hadErrorContaining("configMap of @Param 'message' is 'just-a-name'; write it as \"configmap/key\"")
        .inFile(source).onLineContaining("just-a-name");
  }

  @Test
  void aConfigMapParameterOfASubmittedWorkflowHasNoAllowedValues() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "env", configMap = "settings/env",
            allowed = {"dev", "prod"})
        public class Etl {
          @Script public static String extract(@Param("env") String env) { return env; }
        }
        """);
    assertThat(Compile.expecting(CONFIG_MAP_PARAM_WITH_ALLOWED).withImage(source))
        .hadErrorContaining("workflow parameter 'env' takes its value from ConfigMap key settings/env, so it has no value"
            + " when submitted, and Argo refuses a parameter with allowed values (an enum) and no value")
        .inFile(source).onLineContaining("allowed = {");
  }

  @Test
  void configMapOnAStepsParameterHasNoEffect() {
    JavaFileObject source = java("Etl", """
        @Workflow
        @Param(value = "message", configMap = "simple-parameters/msg")
        public class Etl {
          @Script public static String extract(@Param(value = "message", configMap = "other/msg") String message) { return message; }
        }
        """);
    assertThat(Compile.expecting(PARAM_ATTRIBUTE_ON_SCRIPT).withImage(source))
        .hadErrorContaining("@Param(configMap = …) on parameter 'message' of extract() has no effect")
        .inFile(source).onLineContaining("other/msg");
  }
}
