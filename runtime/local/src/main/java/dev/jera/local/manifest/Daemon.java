package dev.jera.local.manifest;

import java.time.Duration;
import java.util.List;

/**
 * A template's {@code daemon: true} and its container's {@code readinessProbe}: the step counts as
 * done once the probe passes, and runs until the DAG or steps template that started it ends.
 *
 * @param probe what tells that it is ready: an HTTP GET, a TCP connection, a command, or nothing (ready
 *     as soon as it runs, as Kubernetes counts a container without a readiness probe)
 * @param host {@code httpGet.host} or {@code tcpSocket.host}, or {@code null} for the pod's address
 * @param path {@code httpGet.path} ({@code /} when absent)
 * @param port the probe's port, or 0
 * @param command {@code exec.command}
 * @param initialDelay {@code initialDelaySeconds}
 * @param timeout {@code timeoutSeconds} (Kubernetes' default, one second, when absent)
 */
public record Daemon(Probe probe, String host, String path, int port, List<String> command, Duration initialDelay,
    Duration timeout) {

  /** The kinds of readiness probes the local executor runs. */
  public enum Probe { NONE, HTTP, TCP, EXEC }

  /** Copies the command. */
  public Daemon {
    command = List.copyOf(command);
  }
}
