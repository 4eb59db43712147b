package it;

import dev.jera.Script;
import dev.jera.Workflow;

@Workflow(name = "broken")
public class Broken {
  @Script
  public static String load() {
    throw new IllegalStateException("the warehouse is closed");
  }
}
