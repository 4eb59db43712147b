package dev.jera.cluster.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.jera.cluster.testing.Jera;
import org.junit.jupiter.api.Test;

class SmokeTest extends ClusterTestBase {
  @Test
  void applyThenSubmitAndWatch() {
    Jera.Result apply = jera.run("apply");
    System.out.println(apply);
    Jera.Result submit = jera.run("submit", "pipeline", "-p", "count=4", "--watch");
    System.out.println(submit);
    assertWithMessage(submit.toString()).that(submit.code()).isEqualTo(0);
    server.received().forEach(r -> System.out.println(r.at() + " " + (r.line().length() > 120 ? r.line().substring(0, 120) : r.line())));
  }
}
