package dev.jera.local.launch;

import dev.jera.local.manifest.Daemon;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One try of a daemon's readiness probe on this machine, as the kubelet tries it in the pod: an HTTP GET
 * that answers 200 to 399, a TCP connection that opens, or a command that exits with 0, each within the
 * probe's timeout; the pod's address is {@code 127.0.0.1}. A probe with no kind passes at once.
 */
public final class ReadinessProbe {
  /** The daemon's address in a local run: the pod's IP on a cluster. */
  public static final String ADDRESS = "127.0.0.1";

  private ReadinessProbe() {}

  /**
   * Whether the probe passes now.
   *
   * @param folder the step's folder, where an exec probe runs
   * @param environment the daemon's own environment variables, which an exec probe sees as in its container
   */
  public static boolean passes(Daemon daemon, Path folder, Map<String, String> environment) throws InterruptedException {
    int timeout = (int) Math.min(Integer.MAX_VALUE, daemon.timeout().toMillis());
    String host = daemon.host() == null ? ADDRESS : daemon.host();
    switch (daemon.probe()) {
      case HTTP:
        return httpAnswers(host, daemon.port(), daemon.path(), timeout);
      case TCP:
        try (Socket socket = new Socket()) {
          socket.connect(new InetSocketAddress(host, daemon.port()), timeout);
          return true;
        } catch (IOException notYet) {
          return false;
        }
      case EXEC:
        return commandSucceeds(daemon.command(), folder, environment, timeout);
      default:
        return true;
    }
  }

  private static boolean httpAnswers(String host, int port, String path, int timeout) {
    HttpURLConnection connection = null;
    try {
      connection = (HttpURLConnection) new URI("http", null, host, port, path.startsWith("/") ? path : "/" + path, null, null)
          .toURL().openConnection();
      connection.setConnectTimeout(timeout);
      connection.setReadTimeout(timeout);
      // The kubelet does not follow a redirect to another host; a 3xx counts as ready, as it does.
      connection.setInstanceFollowRedirects(false);
      int status = connection.getResponseCode();
      return status >= 200 && status < 400;
    } catch (IOException | java.net.URISyntaxException | IllegalArgumentException notYet) {
      return false;
    } finally {
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private static boolean commandSucceeds(List<String> command, Path folder, Map<String, String> environment, int timeout)
      throws InterruptedException {
    Map<String, String> variables = new LinkedHashMap<>(System.getenv());
    variables.keySet().removeIf(name -> name.startsWith("JERA_SECRET_") || name.startsWith("JERA_CONFIGMAP_"));
    variables.putAll(environment);
    String found = CommandLauncher.find(command.get(0), variables.get("PATH"));
    if (found == null) {
      return false;
    }
    List<String> argv = new ArrayList<>(command);
    argv.set(0, found);
    ProcessBuilder builder = new ProcessBuilder(argv)
        .directory(folder.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(ProcessBuilder.Redirect.from(new File(ProcessStep.WINDOWS ? "NUL" : "/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(variables);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return false;
    }
    try {
      if (!process.waitFor(timeout, TimeUnit.MILLISECONDS)) {
        return false;
      }
      return process.exitValue() == 0;
    } finally {
      if (process.isAlive()) {
        ProcessStep.destroy(process);
      }
    }
  }
}
