package it;

import dev.jera.From;
import dev.jera.Script;
import dev.jera.Workflow;

@Workflow(name = "nightly")
public class Nightly {
  @Script
  public static int extract() {
    return 42;
  }

  @Script
  public static String load(@From("extract") int rows) {
    return "loaded " + rows;
  }
}
