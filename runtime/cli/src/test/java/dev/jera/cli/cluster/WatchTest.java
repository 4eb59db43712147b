package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.cluster.testing.FakeArgoServer.Fault;
import dev.jera.cli.cluster.testing.Jera;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WatchTest extends ClusterTestBase {
  private static final Pattern VERSION = Pattern.compile("listOptions.resourceVersion=(\\d+)");

  @Test
  void aBrokenStreamIsResumedFromTheLastResourceVersionWithoutRepeatingAnything() {
    applied();
    server.fault("GET", "/workflow-events/", 1, Fault.breakStreamAfter(3));

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.err()).containsMatch("the watch of workflow 'pipeline-\\w{5}' was dropped \\(the connection to the"
        + " Argo Server at https://127.0.0.1:\\d+ was lost while trying to watch workflow 'pipeline-\\w{5}' .*\\);"
        + " resuming from resourceVersion \\d+ in 5ms");
    List<Long> versions = watchVersions();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1)).isGreaterThan(versions.get(0));
    assertEachLineOnce(result.err());
    assertThat(result.out()).containsMatch("pipeline-\\w{5} Succeeded in");
  }

  @Test
  void anEndedStreamAndAnErrorMessageAreResumedToo() {
    applied();
    server.fault("GET", "/workflow-events/", 1, Fault.endStreamAfter(2));
    server.fault("GET", "/workflow-events/", 1, Fault.errorStreamAfter(2, 429, "EOF"));

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.err()).contains("was dropped (the server ended the stream)");
    assertThat(result.err()).contains("was dropped (the Argo Server is throttling requests and did not watch workflow");
    assertThat(watchVersions()).hasSize(3);
    assertEachLineOnce(result.err());
  }

  @Test
  void aVersionTheServerNoLongerKeepsMakesItReadTheWorkflowAfresh() {
    applied();
    server.fault("GET", "/workflow-events/", 1, Fault.endStreamAfter(2).thenCompact());

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.err()).containsMatch("the watch of workflow 'pipeline-\\w{5}' fell behind \\(too old resource"
        + " version: \\d+ \\(compacted\\)\\); reading it afresh");
    assertEachLineOnce(result.err());
    assertThat(result.out()).contains("loud           Succeeded");
  }

  @Test
  void aSilentStreamIsCheckedByReadingTheWorkflow() {
    applied();
    server.fault("GET", "/workflow-events/", 1, Fault.silentStream());

    Jera.Result result = jera.quiet(Duration.ofMillis(150)).run("submit", "pipeline", "--watch");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).containsMatch("pipeline-\\w{5} Succeeded in");
    assertThat(watchVersions()).hasSize(1);
  }

  @Test
  void aWatchDroppedOverAndOverGivesUpSayingTheWorkflowStillRuns() {
    applied();
    server.pause(true);
    server.fault("GET", "/workflow-events/", 20, Fault.endStreamAfter(0));

    Jera.Result result = jera.run("submit", "pipeline", "--watch");

    assertThat(result.code()).isEqualTo(3);
    String last = result.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).matches("jera: lost the watch of workflow 'pipeline-\\w{5}' 4 times in a row \\(the server ended the"
        + " stream\\); it still runs on the cluster: check the connection to the Argo Server, then follow it again with:"
        + " jera watch pipeline-\\w{5}");
  }

  @Test
  void aWorkflowDeletedWhileWatchedEndsTheWatch() throws Exception {
    applied();
    server.pause(true);
    Jera.Result submitted = jera.run("submit", "pipeline");
    String name = submitted.out().strip().split(" ")[1];
    CompletableFuture<Jera.Result> watching = CompletableFuture.supplyAsync(() -> jera.run("watch", name));
    while (watchVersions().isEmpty()) {
      Thread.sleep(5);
    }
    server.deleteWorkflow("argo", name);

    Jera.Result result = watching.get();

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("jera: workflow '" + name + "' was deleted before it ended (last seen Pending);"
        + " check who deleted it (its TTL, or a user)");
  }

  @Test
  void watchingAFinishedWorkflowPrintsItsTable() {
    applied();
    Jera.Result submitted = jera.run("submit", "chores", "-p", "rooms=3", "--watch");
    assertWithMessage(submitted.toString()).that(submitted.code()).isEqualTo(0);
    String name = submitted.out().lines().findFirst().orElseThrow().split(" ")[1];

    Jera.Result result = jera.run("watch", name);

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).isEqualTo(submitted.out().substring(submitted.out().indexOf('\n') + 1));
    assertThat(result.out()).contains("sweep  Succeeded  1         1.00s     ok-sweep");
    assertThat(result.out()).contains("mop    Succeeded  1         1.00s     ok-mop");
  }

  @Test
  void anUnknownWorkflowIsNamedWithWhatToCheck() {
    Jera.Result result = jera.run("watch", "pipeline-zzzzz");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err().strip()).isEqualTo("jera: there is no workflow 'pipeline-zzzzz' in namespace 'argo'; check the"
        + " name (jera list --cluster) and ARGO_NAMESPACE");
  }

  private List<Long> watchVersions() {
    return server.received().stream().filter(r -> r.target().contains("/workflow-events/"))
        .map(r -> {
          Matcher matcher = VERSION.matcher(r.target());
          return matcher.find() ? Long.parseLong(matcher.group(1)) : -1L;
        })
        .collect(Collectors.toList());
  }

  /** Each progress line is told once, however often the stream was resumed. */
  private static void assertEachLineOnce(String err) {
    List<String> progress = err.lines().filter(line -> line.matches("jera: \\S+ (started|Succeeded|Failed).*"))
        .collect(Collectors.toList());
    assertThat(progress).containsNoDuplicates();
    assertThat(progress).isNotEmpty();
  }
}
