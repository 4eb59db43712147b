package dev.jera.processor.emit.argo;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A container's {@code readinessProbe}: one of its three kinds, and its times in whole seconds. */
@JsonPropertyOrder({"httpGet", "tcpSocket", "exec", "initialDelaySeconds", "timeoutSeconds"})
public record Probe(HttpGet httpGet, TcpSocket tcpSocket, Exec exec, Long initialDelaySeconds, Long timeoutSeconds) {

  /** {@code httpGet}: the path, and the port as a number (Kubernetes' IntOrString). */
  @JsonPropertyOrder({"path", "port"})
  public record HttpGet(String path, int port) {}

  /** {@code tcpSocket}. */
  public record TcpSocket(int port) {}

  /** {@code exec}. */
  public record Exec(List<String> command) {}
}
