package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Daemon;
import dev.jera.Env;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Synchronized;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/steps-daemon-retry-strategy.yaml}: the step {@code server} runs nginx as a daemon,
 * restarted up to ten times if it stops; then {@code client} fetches its page ten times
 * ({@code withSequence}), one at a time (the mutex {@code client-{{workflow.uid}}}), from
 * {@code {{steps.server.ip}}}. Needs a cluster (locally nginx would have to be installed), so it is
 * compiled and compared here.
 *
 * <p>Not restricted: nginx's image runs as root (it writes its own folders and listens on port 80), which
 * the restricted Pod Security profile would not let it.
 */
@Workflow(name = "steps-daemon-retry", restricted = false, entrypoint = "main", style = Style.STEPS)
public class StepsDaemonRetryStrategy {
  /** nginx in the foreground, ready once it serves {@code /}. */
  @Template
  @Retry(limit = 10)
  @Daemon(http = "/", port = 80, initialDelay = "2s", timeout = "1s")
  @Container(image = "nginx:1.13", command = "nginx", args = {"-g", "daemon off;"})
  public static void server() {}

  /**
   * Fetches nginx's page from the address it is given, which reaches the shell as data ({@code $SERVER_IP}),
   * with a pinned curl (upstream's is {@code :latest}); one client at a time.
   */
  @Template
  @Synchronized(mutex = "client-{{workflow.uid}}")
  @Container(image = "curlimages/curl:8.10.1", command = {"/bin/sh", "-c"},
      args = "echo curl --silent -G \"http://$SERVER_IP:80/\" && curl --silent -G \"http://$SERVER_IP:80/\"")
  @Env(name = "SERVER_IP", value = "{{inputs.parameters.server-ip}}")
  public static void client(@Param("server-ip") String serverIp) {}

  @Script(name = "server") @Call(template = "server")
  static void serverStep() {}

  @Script(name = "client") @Sequence(count = "10") @Call(template = "client")
  static void clientStep(@Value("{{steps.server.ip}}") String serverIp) {}
}
