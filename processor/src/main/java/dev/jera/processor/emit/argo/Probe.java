package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.List;
import java.util.function.BiConsumer;

/** A container's {@code readinessProbe}: one of its three kinds, and its times in whole seconds. */
public record Probe(HttpGet httpGet, TcpSocket tcpSocket, Exec exec, Long initialDelaySeconds, Long timeoutSeconds)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("httpGet", httpGet);
    each.accept("tcpSocket", tcpSocket);
    each.accept("exec", exec);
    each.accept("initialDelaySeconds", initialDelaySeconds);
    each.accept("timeoutSeconds", timeoutSeconds);
  }

  /** {@code httpGet}: the path, and the port as a number (Kubernetes' IntOrString). */
  public record HttpGet(String path, int port) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("path", path);
      each.accept("port", port);
    }
  }

  /** {@code tcpSocket}. */
  public record TcpSocket(int port) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("port", port);
    }
  }

  /** {@code exec}. */
  public record Exec(List<String> command) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("command", command);
    }
  }
}
