package it;

import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

@Workflow(name = "greeting")
@Param(value = "name", defaultValue = "world")
public class Greeting {
  @Script
  public static String hello(@Param("name") String name) {
    return "Hello, " + name;
  }

  /** Which JVM ran it: a step run with --isolated runs in a JVM of its own, on the project's class path. */
  @Script
  public static String shout(@From("hello") String greeting) {
    String where = System.getProperty("java.class.path").contains("plexus-classworlds") ? "maven" : "project";
    return greeting.toUpperCase() + " (class path: " + where + ")";
  }
}
