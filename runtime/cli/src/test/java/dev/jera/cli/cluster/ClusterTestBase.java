package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.cluster.testing.Jera;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/**
 * A fake Argo Server per test, and commands against it; no request may break the API contract. A watch
 * follows a workflow for as long as it runs, so a test that would hang fails instead.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class ClusterTestBase {
  FakeArgoServer server;
  Jera jera;

  @BeforeEach
  void startServer() {
    server = FakeArgoServer.start();
    jera = Jera.against(server);
  }

  @AfterEach
  void stopServer() {
    server.close();
    assertWithMessage("requests or answers that break Argo's API contract").that(server.violations()).isEmpty();
  }

  /** Applies the project's templates, as a test's starting point. */
  void applied() {
    Jera.Result result = jera.run("apply");
    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
  }
}
