package dev.jera.samples.argo;

import dev.jera.Memoize;
import dev.jera.Output;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/memoize-simple.yaml}: the template {@code world-to-file} leaves {@code world} as
 * its output parameter {@code hello}, memoized under the key {@code cache-key} for ten seconds in the
 * ConfigMap {@code cache-config}.
 */
@Workflow(name = "memoized", entrypoint = "world-to-file")
public class MemoizeSimple {
  /** Leaves {@code world}, as upstream's {@code echo world > /tmp/hello_world.txt}. */
  @Template(name = "world-to-file")
  @Memoize(key = "cache-key", maxAge = "10s", cache = "cache-config")
  @Output("hello")
  public static String worldToFile() {
    return "world";
  }
}
