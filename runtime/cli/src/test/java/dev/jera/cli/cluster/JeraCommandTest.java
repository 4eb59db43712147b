package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.testing.JeraProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster commands as a user starts them: {@code java dev.jera.cli.Jera COMMAND}, configured by the
 * argo CLI's environment variables alone, with their exit codes; the token is never printed.
 */
class JeraCommandTest extends ClusterTestBase {
  private static final String SECRET = FakeArgoServer.TOKEN.substring("Bearer ".length());

  @TempDir Path folder;

  private Map<String, String> environment() {
    return Map.of("ARGO_SERVER", server.address(), "ARGO_TOKEN", FakeArgoServer.TOKEN,
        "ARGO_INSECURE_SKIP_VERIFY", "true", "ARGO_NAMESPACE", "argo");
  }

  private JeraProcess.Outcome jera(Map<String, String> environment, String... args) {
    JeraProcess.Outcome outcome = JeraProcess.current(folder).run(List.of(), environment, args);
    assertWithMessage("the token was printed").that(outcome.out() + outcome.err()).doesNotContain(SECRET);
    return outcome;
  }

  @Test
  void applyThenSubmitAndWatchThroughTheJeraCommand() {
    JeraProcess.Outcome apply = jera(environment(), "apply");
    JeraProcess.Outcome again = jera(environment(), "apply");
    JeraProcess.Outcome run = jera(environment(), "submit", "pipeline", "-p", "count=3", "--watch");

    assertWithMessage(apply.err()).that(apply.code()).isEqualTo(0);
    assertThat(apply.out()).contains("created   WorkflowTemplate 'greeting'");
    assertThat(again.out().lines().collect(Collectors.toList())).isNotEmpty();
    assertThat(again.out().lines().allMatch(line -> line.startsWith("unchanged "))).isTrue();
    assertWithMessage(run.err()).that(run.code()).isEqualTo(0);
    assertThat(run.out()).containsMatch("(?m)^submitted pipeline-[a-z0-9]{5} in namespace 'argo'$");
    assertThat(run.out()).containsMatch("(?m)^pipeline-[a-z0-9]{5} Succeeded in ");
  }

  @Test
  void exitCodesSayWhatWentWrong() {
    JeraProcess.Outcome badParameter = jera(environment(), "submit", "pipeline", "-p", "count=many");
    int beforeCredentials = server.received().size();
    JeraProcess.Outcome refused = jera(Map.of("ARGO_SERVER", server.address(), "ARGO_TOKEN", "Bearer wrong",
        "ARGO_INSECURE_SKIP_VERIFY", "true"), "get", "pipeline-abcde");
    JeraProcess.Outcome missing = jera(environment(), "watch", "pipeline-abcde");

    assertThat(badParameter.code()).isEqualTo(2);
    assertThat(beforeCredentials).isEqualTo(0);
    assertThat(refused.code()).isEqualTo(3);
    assertThat(refused.err()).contains("check ARGO_TOKEN");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("there is no workflow 'pipeline-abcde' in namespace 'argo'; check the name"
        + " (jera list --cluster) and ARGO_NAMESPACE");
  }

  @Test
  void dryRunNeedsNoServerAndPrintsNoToken() {
    JeraProcess.Outcome dry = jera(Map.of("ARGO_TOKEN", FakeArgoServer.TOKEN, "ARGO_NAMESPACE", "team-a"),
        "list", "--cluster", "pipeline", "--dry-run");

    assertWithMessage(dry.err()).that(dry.code()).isEqualTo(0);
    assertThat(dry.out()).startsWith("GET /api/v1/workflows/team-a?listOptions.labelSelector=jera.dev%2Fworkflow%3Dpipeline&");
    assertThat(dry.out().lines().count()).isEqualTo(1);
    assertThat(server.received()).isEmpty();
  }
}
