package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code jera} command line and environment the cluster goals' parameters and {@code -D} properties give: the
 * settings and the token go to the command's environment as the argo CLI's variables, never on its command line.
 */
class ClusterMojoTest {
  private static final String TOKEN = "Bearer s3cret-t0ken";

  @TempDir Path folder;

  @SuppressWarnings("deprecation") // the constructor Maven 3.8 and 3.9 both have
  private static <T extends AbstractClusterMojo> T mojo(T mojo, Properties commandLine) {
    MavenExecutionRequest request = new DefaultMavenExecutionRequest().setUserProperties(commandLine);
    mojo.session = new MavenSession(null, null, request, null);
    mojo.project = new MavenProject();
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
  void submitTakesTheWorkflowItsParametersAndWatchAndThePinnedCopiesWhenTheyExist() throws Exception {
    Path pinned = Files.createDirectory(folder.resolve("argo-pinned"));
    SubmitMojo mojo = mojo(new SubmitMojo(), properties("jera.param.region", "south", "jera.params", "p.yaml"));
    mojo.token = TOKEN;
    mojo.workflow = "daily-sales";
    mojo.parameters = Map.of("region", "north");
    mojo.watch = true;
    mojo.pinned = pinned.toFile();
    mojo.usePinned = true;

    List<String> command = mojo.command();

    assertThat(command).containsExactly("submit", "daily-sales", "-f", "p.yaml", "-p", "region=south", "--watch",
        "--pinned", pinned.toString()).inOrder();
    assertThat(String.join(" ", command)).doesNotContain("s3cret");
    assertThat(mojo.environment()).containsExactly("ARGO_TOKEN", TOKEN);
  }

  @Test
  void withoutPinnedCopiesTheCompiledManifestsGo() throws MojoFailureException {
    SubmitMojo submit = mojo(new SubmitMojo(), new Properties());
    submit.workflow = "daily-sales";
    submit.pinned = folder.resolve("absent").toFile();
    submit.usePinned = true;
    ApplyMojo apply = mojo(new ApplyMojo(), new Properties());
    apply.pinned = folder.toFile();
    apply.usePinned = false;

    assertThat(submit.command()).containsExactly("submit", "daily-sales", "--no-pinned").inOrder();
    assertThat(apply.command()).containsExactly("apply", "--no-pinned").inOrder();
  }

  @Test
  void theSettingsGoToTheEnvironmentAsTheArgoCliReadsThem() throws MojoFailureException {
    ApplyMojo mojo = mojo(new ApplyMojo(), new Properties());
    mojo.server = "argo.example.com:443";
    mojo.secure = true;
    mojo.insecureSkipVerify = false;
    mojo.namespace = "team-a";
    mojo.baseHref = "/argo";
    mojo.http1 = true;
    mojo.certificateAuthority = new File("ca.pem");
    mojo.dryRun = true;
    mojo.token = TOKEN;

    assertThat(mojo.environment()).containsExactly("ARGO_SERVER", "argo.example.com:443", "ARGO_SECURE", "true",
        "ARGO_INSECURE_SKIP_VERIFY", "false", "ARGO_NAMESPACE", "team-a", "ARGO_BASE_HREF", "/argo",
        "ARGO_HTTP1", "true", "ARGO_TOKEN", TOKEN).inOrder();
    assertThat(mojo.command()).containsExactly("apply", "--certificate-authority", "ca.pem", "--dry-run", "--no-pinned")
        .inOrder();
  }

  @Test
  void settingsNotGivenAreLeftToMavensEnvironment() {
    ApplyMojo mojo = mojo(new ApplyMojo(), new Properties());

    assertThat(mojo.environment()).isEmpty();
  }

  @Test
  void watchLogsAndGetNeedTheWorkflowsNameOnTheCluster() throws MojoFailureException {
    WatchMojo watch = mojo(new WatchMojo(), new Properties());
    LogsMojo logs = mojo(new LogsMojo(), new Properties());
    logs.workflow = "daily-sales-x7k2p";
    logs.step = "tax";
    GetMojo get = mojo(new GetMojo(), new Properties());
    get.workflow = "daily-sales-x7k2p";
    get.output = "json";

    MojoFailureException failure = assertThrows(MojoFailureException.class, watch::command);
    assertThat(failure).hasMessageThat().isEqualTo("jera:watch needs the workflow's name on the cluster, as jera:submit"
        + " printed it: -Djera.workflow=NAME (mvn jera:list -Djera.cluster shows them)");
    assertThat(logs.command()).containsExactly("logs", "daily-sales-x7k2p", "tax").inOrder();
    assertThat(get.command()).containsExactly("get", "daily-sales-x7k2p", "--output", "json").inOrder();
    assertThat(get.separateStreams()).isTrue();
  }

  @Test
  void listIsTheCompiledWorkflowsUnlessTheClustersAreAskedFor() {
    ListMojo local = mojo(new ListMojo(), new Properties());
    local.token = TOKEN;
    ListMojo cluster = mojo(new ListMojo(), new Properties());
    cluster.token = TOKEN;
    cluster.cluster = true;
    cluster.workflow = "daily-sales";
    cluster.selector = "team=a";
    cluster.limit = 5;

    assertThat(local.command()).containsExactly("list");
    assertThat(local.environment()).isEmpty();
    assertThat(cluster.command()).containsExactly("list", "--cluster", "daily-sales", "--selector", "team=a", "--limit", "5")
        .inOrder();
    assertThat(cluster.environment()).containsExactly("ARGO_TOKEN", TOKEN);
  }

  @Test
  void aFailedWorkflowIsTheTablesLastLineAndAnUnusableServerItsLineInMavensWords() {
    SubmitMojo mojo = mojo(new SubmitMojo(), new Properties());
    JeraProcess.Ended failed = new JeraProcess.Ended(1, null, "daily-sales-x7k2p Failed in 2.10s: step tax failed", null);
    JeraProcess.Ended unreachable = new JeraProcess.Ended(3, "jera: cannot reach the Argo Server at https://127.0.0.1:1"
        + " to read workflow 'x' (connection refused); check ARGO_SERVER ('127.0.0.1:1') and that the server runs", "", null);

    assertThat(mojo.failure(List.of("submit"), failed)).isEqualTo("workflow daily-sales-x7k2p Failed in 2.10s: step tax failed");
    assertThat(mojo.failure(List.of("submit"), unreachable)).isEqualTo("jera: cannot reach the Argo Server at"
        + " https://127.0.0.1:1 to read workflow 'x' (connection refused); check ARGO_SERVER ('127.0.0.1:1') and that the"
        + " server runs (as properties: ARGO_SERVER is -Djera.argo.server)");
  }

  @Test
  void theForkedCommandSeesTheEnvironmentGivenIt() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);

    JeraProcess.Ended ended = new JeraProcess(java, List.of(), classPath, folder, Map.of("ARGO_NAMESPACE", "team-z"))
        .run(List.of("get", "etl-x7k2p", "--dry-run"), stream, stream, false);

    assertThat(ended.code()).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("GET /api/v1/workflows/team-z/etl-x7k2p");
  }
}
