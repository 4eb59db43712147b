package dev.jera.samples.gallery;

import dev.jera.From;
import dev.jera.Script;
import dev.jera.Workflow;

/**
 * After Argo's {@code examples/dag-diamond.yaml}: A runs first, B and C both depend on A and run in
 * parallel, and D joins them. The dependencies are not written out: each step reads the results it
 * needs with {@code @From}, and that is what the DAG's {@code depends} is compiled from.
 *
 * <p>Jera's own sample, not a port: the gallery shows features, so it differs from the upstream file
 * ({@code echo} with {@code message} became four templates; A–D lowercased; results passed that upstream
 * does not pass). The faithful ports, compared with the upstream files, are in {@code
 * dev.jera.samples.argo}.
 */
@Workflow(name = "gallery-dag-diamond")
public class DagDiamond {

  @Script
  public static String a() {
    return "A";
  }

  @Script
  public static String b(@From("a") String a) {
    return a + "B";
  }

  @Script
  public static String c(@From("a") String a) {
    return a + "C";
  }

  @Script
  public static String d(@From("b") String b, @From("c") String c) {
    return b + "+" + c + "->D";
  }
}
