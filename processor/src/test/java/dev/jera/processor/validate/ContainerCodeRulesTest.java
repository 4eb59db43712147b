package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.VALUE_IN_CODE;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A value pasted into the code a container's interpreter runs draws a warning with the safe way. */
class ContainerCodeRulesTest {

  private static JavaFileObject container(String annotations, String parameters) {
    return java("Etl", "@Workflow\n@Param(value = \"msg\", defaultValue = \"hi\")\npublic class Etl {\n  @Script\n  "
        + annotations + "\n  public static String say(" + parameters + ") { return null; }\n}\n");
  }

  @Test
  void aParameterInTheTextOfShDashCIsAWarningWithTheFix() {
    JavaFileObject source = container(
        "@Container(image = \"busybox:1.36\", command = {\"sh\", \"-c\"}, args = {\"echo {{inputs.parameters.msg}}\"})",
        "@Param(\"msg\") String msg");
    Compilation compilation = Compile.expecting(VALUE_IN_CODE).withImage(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("{{inputs.parameters.msg}} is pasted into the code that sh -c runs, so a value can run"
            + " commands of its own (in the container on Argo, on your machine in a local run); hand it over as data"
            + " instead: add @Env(name = \"MSG\", value = \"{{inputs.parameters.msg}}\") to the script and write"
            + " \"$MSG\" in the code where the tag is")
        .inFile(source).onLineContaining("args = {\"echo {{inputs.parameters.msg}}\"}");
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void shellsWithOptionsAndOtherInterpretersAreSeenToo() {
    JavaFileObject bash = container(
        "@Container(image = \"bash:5\", command = {\"/usr/bin/env\", \"bash\", \"-euo\", \"pipefail\", \"-c\","
            + " \"echo {{workflow.parameters.msg}}\"})",
        "");
    assertThat(Compile.expecting(VALUE_IN_CODE).withImage(bash)).hadWarningContaining("pasted into the code that bash -c runs")
        .inFile(bash).onLineContaining("bash");
    JavaFileObject python = container(
        "@Container(image = \"python:3.12\", command = {\"python3\", \"-c\", \"print('{{inputs.parameters.msg}}')\"})",
        "@Param(\"msg\") String msg");
    assertThat(Compile.expecting(VALUE_IN_CODE).withImage(python))
        .hadWarningContaining("write os.environ[\"MSG\"] in the code where the tag is")
        .inFile(python).onLineContaining("python3");
  }

  @Test
  void theSafeWaysDrawNoWarning() {
    for (String annotations : List.of(
        // An environment variable, quoted in the script.
        "@Container(image = \"busybox:1.36\", command = {\"sh\", \"-c\"}, args = {\"echo \\\"$MSG\\\"\"})"
            + " @Env(name = \"MSG\", value = \"{{inputs.parameters.msg}}\")",
        // A positional parameter after the script: data, not code.
        "@Container(image = \"busybox:1.36\", command = {\"sh\", \"-c\", \"echo \\\"$1\\\"\", \"sh\","
            + " \"{{inputs.parameters.msg}}\"})",
        // No shell at all: the value is one argument of echo.
        "@Container(image = \"busybox:1.36\", command = {\"echo\", \"{{inputs.parameters.msg}}\"})",
        // Values Argo makes, not the user.
        "@Container(image = \"busybox:1.36\", command = {\"sh\", \"-c\", \"echo {{workflow.name}} {{pod.name}}\"})")) {
      JavaFileObject source = container(annotations, "@Param(\"msg\") String msg");
      Compilation compilation = Compile.withImage(source);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(0);
    }
  }

  @Test
  void theCodeArgumentOfACommandLine() {
    assertThat(code("sh", "-c", "echo hi")).hasValue(2);
    assertThat(code("/bin/bash", "-ec", "echo hi", "bash", "data")).hasValue(2);
    assertThat(code("bash", "-o", "pipefail", "-c", "echo hi")).hasValue(4);
    assertThat(code("bash", "-euo", "pipefail", "-c", "echo hi")).hasValue(4);
    assertThat(code("bash", "--norc", "-c", "--", "echo hi")).hasValue(4);
    assertThat(code("env", "A=1", "sh", "-c", "echo hi")).hasValue(4);
    assertThat(code("busybox", "sh", "-c", "echo hi")).hasValue(3);
    assertThat(code("python3.12", "-u", "-c", "print(1)")).hasValue(3);
    assertThat(code("perl", "-e", "print 1")).hasValue(2);
    assertThat(code("node", "--eval", "1")).hasValue(2);
    assertThat(code("sh", "script.sh", "-c")).isEmpty();
    assertThat(code("sh", "-e", "script.sh")).isEmpty();
    assertThat(code("echo", "-c", "x")).isEmpty();
    assertThat(code("python3", "script.py", "-c", "x")).isEmpty();
  }

  private static Optional<Integer> code(String... argv) {
    return InlineCode.in(List.of(argv)).map(InlineCode::index);
  }
}
