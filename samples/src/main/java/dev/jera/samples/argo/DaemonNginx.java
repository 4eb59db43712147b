package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Daemon;
import dev.jera.Env;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/daemon-nginx.yaml}: the step {@code nginx-server} runs nginx as a daemon, done once
 * a GET of {@code /} on port 80 answers; then {@code nginx-client} fetches the page from the daemon's
 * address, {@code {{steps.nginx-server.ip}}}. nginx is stopped when the steps template ends. Needs a
 * cluster (nginx's image has no command the local executor could run), so it is compiled and compared here.
 *
 * <p>Not restricted: nginx's image runs as root (it writes its own folders and listens on port 80), which
 * the restricted Pod Security profile would not let it.
 */
@Workflow(name = "daemon-nginx", restricted = false, entrypoint = "daemon-nginx-example", style = Style.STEPS)
public class DaemonNginx {
  /** nginx with its image's own command, ready once it serves {@code /}. */
  @Template(name = "nginx-server")
  @Daemon(http = "/", port = 80, initialDelay = "2s", timeout = "1s")
  @Container(image = "nginx:1.13")
  public static void nginxServer() {}

  /**
   * Fetches nginx's page from the address it is given, which reaches the shell as data ({@code $SERVER_IP}),
   * with a pinned curl (upstream's is {@code :latest}).
   */
  @Template(name = "nginx-client")
  @Container(image = "curlimages/curl:8.10.1", command = {"/bin/sh", "-c"},
      args = "echo curl --silent -G \"http://$SERVER_IP:80/\" && curl --silent -G \"http://$SERVER_IP:80/\"")
  @Env(name = "SERVER_IP", value = "{{inputs.parameters.server-ip}}")
  public static void nginxClient(@Param("server-ip") String serverIp) {}

  @Script(name = "nginx-server") @Call(template = "nginx-server")
  static void server() {}

  @Script(name = "nginx-client") @Call(template = "nginx-client")
  static void client(@Value("{{steps.nginx-server.ip}}") String serverIp) {}
}
