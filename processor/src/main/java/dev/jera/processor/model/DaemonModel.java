package dev.jera.processor.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @Daemon}: the template runs as Argo's daemon, ready once its readiness probe passes.
 *
 * @param http the HTTP probe's path, when written
 * @param port the HTTP probe's port as written (0: not written), and where
 * @param tcp the TCP probe's port as written (0: not written), and where
 * @param exec the exec probe's command as written (empty: not written), and where
 * @param initialDelay {@code initialDelaySeconds}, a duration
 * @param timeout {@code timeoutSeconds}, a duration
 */
public record DaemonModel(
    Site site,
    Optional<Text> http,
    int port,
    Site portSite,
    int tcp,
    Site tcpSite,
    List<Text> exec,
    Site execSite,
    Optional<Parsed<Duration>> initialDelay,
    Optional<Parsed<Duration>> timeout) {

  public DaemonModel {
    exec = List.copyOf(exec);
  }

  /** The probe kinds written, by attribute name, in the annotation's order. */
  public List<String> probeKinds() {
    List<String> kinds = new java.util.ArrayList<>();
    if (http.isPresent()) {
      kinds.add("http");
    }
    if (tcp != 0) {
      kinds.add("tcp");
    }
    if (!exec.isEmpty()) {
      kinds.add("exec");
    }
    return kinds;
  }
}
