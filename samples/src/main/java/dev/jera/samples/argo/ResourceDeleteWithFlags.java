package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Param;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/resource-delete-with-flags.yaml}: {@code submit-resource} creates a ConfigMap
 * labelled {@code cleanup=true}, then {@code delete-resource} deletes the ConfigMaps that label selects,
 * with kubectl flags and no manifest.
 */
@Workflow(name = "resource-delete-with-flags", entrypoint = "main", style = Style.STEPS)
public class ResourceDeleteWithFlags {
  @Template(name = "create-configmap")
  @Resource(
      action = Resource.Action.CREATE,
      manifest = """
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: resource-delete-with-flags
            labels:
              cleanup: "true"
          data:
            key: value
          """)
  public static void createConfigmap() {}

  @Template(name = "delete-resource")
  @Resource(action = Resource.Action.DELETE, flags = {"configmap", "--selector", "{{inputs.parameters.selector}}"})
  public static void deleteResource(@Param("selector") String selector) {}

  @Script(name = "submit-resource") @Call(template = "create-configmap")
  static void submitResource() {}

  @Script(name = "delete-resource", after = "submit-resource") @Call(template = "delete-resource")
  static void deleteResourceStep(@Value("cleanup=true") String selector) {}
}
