package dev.jera.processor.emit.argo;

import dev.jera.processor.emit.yaml.YamlMapping;
import java.util.function.BiConsumer;

/**
 * {@code retryStrategy}: Argo types {@code limit} and {@code factor} as int-or-string; Jera writes strings.
 * No {@code limit} retries until success.
 */
public record RetryStrategy(String limit, String retryPolicy, Backoff backoff, String expression)
    implements YamlMapping {
  @Override
  public void forEachProperty(BiConsumer<String, Object> each) {
    each.accept("limit", limit);
    each.accept("retryPolicy", retryPolicy);
    each.accept("backoff", backoff);
    each.accept("expression", expression);
  }

  /** {@code backoff}. */
  public record Backoff(String duration, String factor, String maxDuration, String cap) implements YamlMapping {
    @Override
    public void forEachProperty(BiConsumer<String, Object> each) {
      each.accept("duration", duration);
      each.accept("factor", factor);
      each.accept("maxDuration", maxDuration);
      each.accept("cap", cap);
    }
  }
}
