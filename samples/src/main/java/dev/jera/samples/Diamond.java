package dev.jera.samples;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/** Argo's DAG diamond: A feeds B and C, which run in parallel, and D joins them. */
@Workflow(name = "diamond", parallelism = 2)
@Param(value = "start", defaultValue = "1")
public class Diamond {

  @Script
  public static int a(@Param("start") int start) {
    return start;
  }

  @Script
  public static int b(@From("a") int a) {
    return a * 2;
  }

  @Script
  public static int c(@From("a") int a) {
    return a + 10;
  }

  @Script
  public static String d(@From("b") int b, @From("c") int c) {
    return "b=" + b + " c=" + c + " sum=" + (b + c);
  }
}
