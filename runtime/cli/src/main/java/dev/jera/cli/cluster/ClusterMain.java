package dev.jera.cli.cluster;

import java.util.function.UnaryOperator;

/**
 * {@code java -cp … dev.jera.cli.cluster.ClusterMain COMMAND …}: the cluster commands until they are
 * mounted in the {@code jera} command line. The class path holds the project's compiled workflows.
 */
public final class ClusterMain {
  private ClusterMain() {}

  public static void main(String[] args) {
    int code = new ClusterCli(System.out, System.err, System.getenv(), UnaryOperator.identity()).run(args);
    System.out.flush();
    System.exit(code);
  }
}
