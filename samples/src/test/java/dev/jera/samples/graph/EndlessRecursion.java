package dev.jera.samples.graph;

import dev.jera.Call;
import dev.jera.Graph;
import dev.jera.Script;
import dev.jera.Workflow;

/** A graph that calls itself with nothing to stop it: Argo's controller ends it at its stack depth limit. */
@Workflow(name = "endless-recursion", entrypoint = "again")
public class EndlessRecursion {
  @Graph(name = "again")
  static class Again {
    @Script(name = "again") @Call(template = "again")
    static void again() {}
  }
}
