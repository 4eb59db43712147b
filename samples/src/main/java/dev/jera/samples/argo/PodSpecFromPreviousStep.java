package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Pod;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/pod-spec-from-previous-step.yaml}: in the DAG {@code workflow},
 * {@code parse-resources} leaves the JSON of the resources the next pod needs as its output parameter
 * {@code resources}, and {@code setup-resources} takes it as its input {@code resources}, which its
 * template's {@code podSpecPatch} sets as the limits and requests of its container.
 */
@Workflow(name = "pod-spec-from-previous-step", entrypoint = "workflow")
public class PodSpecFromPreviousStep {
  /** Leaves the resources, as upstream's {@code echo '{"memory": "10Gi", "cpu": "2000m"}' > /tmp/resources.json}. */
  @Template(name = "parse-resources-tmpl")
  @Output("resources")
  public static String parseResourcesTmpl() {
    String resources = "{\"memory\": \"10Gi\", \"cpu\": \"2000m\"}";
    System.out.println(resources);
    return resources;
  }

  /** Prints its input, as upstream's {@code echo}. */
  @Template(name = "setup-resources-tmpl")
  @Pod(specPatch = "{\"containers\":[{\"name\":\"main\", \"resources\":{\"limits\": {{inputs.parameters.resources}},"
      + " \"requests\": {{inputs.parameters.resources}} }}]}")
  public static void setupResourcesTmpl(String resources) {
    System.out.println(resources);
  }

  @Script(name = "parse-resources") @Call(template = "parse-resources-tmpl")
  static void parseResources() {}

  @Script(name = "setup-resources", depends = "parse-resources") @Call(template = "setup-resources-tmpl")
  static void setupResources(@From(value = "parse-resources", output = "resources") String resources) {}
}
