package dev.jera.samples.conformance;

import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;

/** A step that fans out over a workflow parameter, a JSON list of objects, reading a field of each. */
@Workflow(name = "conformance-parameter-fan-out", image = "registry.example.com/conformance:1.0")
@Param(value = "os-list", defaultValue = "[{\"image\": \"debian\", \"tag\": \"9.1\"}, {\"image\": \"alpine\", \"tag\": \"3.6\"}]")
public class ParameterFanOut {
  @Script(forEach = "os-list")
  public static String image(@Item("image") String image) {
    return image.toUpperCase();
  }
}
