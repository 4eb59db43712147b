package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The {@code jera run} command line a {@code jera:run} goal's configuration and {@code -D} properties give. */
class RunMojoTest {

  @SuppressWarnings("deprecation") // the constructor Maven 3.8 and 3.9 both have
  private static RunMojo mojo(Properties commandLine) {
    MavenExecutionRequest request = new DefaultMavenExecutionRequest().setUserProperties(commandLine);
    RunMojo mojo = new RunMojo();
    mojo.session = new MavenSession(null, null, request, null);
    mojo.output = "text";
    return mojo;
  }

  private static Properties properties(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  @Test
  void theWorkflowAloneRunsWithTextOutput() throws MojoFailureException {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";

    assertThat(mojo.command()).containsExactly("run", "etl", "--output", "text").inOrder();
  }

  @Test
  void everyOptionOfThePomAndTheCommandLine() throws MojoFailureException {
    RunMojo mojo = mojo(properties(
        "jera.param.run-date", "2024-01-31",
        "jera.param.pair", "EUR-THB",
        "jera.secret.warehouse/password", "s3cret",
        "jera.configMap.limits/etl", "2",
        "jera.semaphore.template", "3",
        "jera.artifact.load.rows", "rows.csv",
        "jera.workflow", "ignored: the field is what Maven injected"));
    mojo.workflow = "currency-etl";
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("pair", "USD-THB");
    parameters.put("mode", "a = b, c");
    mojo.parameters = parameters;
    mojo.parametersFile = new File("params.yaml");
    mojo.secrets = List.of("warehouse/password=from-pom", "api/token=t0k");
    mojo.configMaps = List.of("limits/etl=1");
    mojo.semaphores = List.of("workflow=2");
    mojo.artifacts = List.of("extract.input=in.csv");
    mojo.resume = List.of("approve:message=yes", "delay");
    mojo.isolated = true;
    mojo.parallelism = 3;
    mojo.retryBackoff = "1s";
    mojo.fastRetries = true;
    mojo.output = "json";
    mojo.home = new File("runs-home");

    assertThat(mojo.command()).containsExactly(
        "run", "currency-etl",
        "-f", "params.yaml",
        "-p", "pair=EUR-THB",
        "-p", "mode=a = b, c",
        "-p", "run-date=2024-01-31",
        "--secret", "warehouse/password=s3cret",
        "--secret", "api/token=t0k",
        "--config-map", "limits/etl=2",
        "--semaphore", "workflow=2",
        "--semaphore", "template=3",
        "--artifact", "extract.input=in.csv",
        "--artifact", "load.rows=rows.csv",
        "--resume", "approve:message=yes",
        "--resume", "delay",
        "--isolated",
        "--parallelism", "3",
        "--retry-backoff", "1s",
        "--fast-retries",
        "--output", "json",
        "--home", "runs-home").inOrder();
  }

  @Test
  void anEmptyParameterStaysEmpty() throws MojoFailureException {
    RunMojo mojo = mojo(properties("jera.param.note", ""));
    mojo.workflow = "etl";

    assertThat(mojo.command()).containsAtLeast("-p", "note=").inOrder();
  }

  @Test
  void noWorkflowSaysHowToGiveOne() {
    RunMojo mojo = mojo(new Properties());

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::command);
    assertThat(failure).hasMessageThat()
        .isEqualTo("jera:run needs a workflow: -Djera.workflow=NAME (mvn jera:list shows them)");
  }

  @Test
  void anOutputOtherThanTextOrJsonIsRefused() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    mojo.output = "yaml";

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::command);
    assertThat(failure).hasMessageThat().isEqualTo("jera.output 'yaml' is not one of text, json");
  }

  @Test
  void parallelismMustBePositive() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    mojo.parallelism = 0;

    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::command);
    assertThat(failure).hasMessageThat().isEqualTo("jera.parallelism 0 is not a positive whole number");
  }

  @Test
  void aFailedRunIsTheTablesLastLine() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    JeraProcess.Ended ended = new JeraProcess.Ended(1, null, "etl-x7k2p Failed in 0.41s; record: .jera/runs/1-etl-x7k2p", null);

    assertThat(mojo.failure(List.of("run", "etl"), ended))
        .isEqualTo("workflow etl-x7k2p Failed in 0.41s; record: .jera/runs/1-etl-x7k2p");
  }

  @Test
  void aFailedRunWithJsonOutputIsTheLastLineOnStderr() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    mojo.output = "json";
    JeraProcess.Ended ended = new JeraProcess.Ended(1, null, "}", "etl-x7k2p Error in 1s; record: r");

    assertThat(mojo.failure(List.of("run", "etl"), ended)).isEqualTo("workflow etl-x7k2p Error in 1s; record: r");
  }

  @Test
  void aCommandThatDidNotGetToRunTheWorkflowSaysSo() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    JeraProcess.Ended ended = new JeraProcess.Ended(1, null, "Error: Could not create the Java Virtual Machine.", null);

    assertThat(mojo.failure(List.of("run", "etl"), ended))
        .isEqualTo("jera run etl ended with exit code 1: Error: Could not create the Java Virtual Machine.");
  }

  @Test
  void badInputIsTheCommandsLineInMavensWords() {
    RunMojo mojo = mojo(new Properties());
    mojo.workflow = "etl";
    JeraProcess.Ended ended = new JeraProcess.Ended(2,
        "jera: workflow 'etl' needs parameter 'run-date'; give it with -p run-date=VALUE", "", null);

    assertThat(mojo.failure(List.of("run", "etl"), ended))
        .isEqualTo("jera: workflow 'etl' needs parameter 'run-date'; give it with -Djera.param.run-date=VALUE");
  }
}
