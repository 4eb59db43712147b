package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Graph;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/daemoned-stateful-set-with-service.yaml}: creates an nginx Service and StatefulSet
 * side by side, waits until the StatefulSet has a ready replica, then curls nginx; the exit handler, the
 * steps template {@code delete}, deletes both whatever happened. Upstream's curl image is {@code :latest};
 * here a tag is pinned (the image is not what the port is about).
 */
@Workflow(name = "daemoned-stateful-set-with-service", entrypoint = "create-wait-and-test", onExit = "delete",
    style = Style.STEPS, labels = "workflows.argoproj.io/no-test=environment")
public class DaemonedStatefulSetWithService {
  @Template(name = "create-service")
  @Resource(action = Resource.Action.CREATE, manifest = """
      apiVersion: v1
      kind: Service
      metadata:
        name: nginx
        labels:
          app: nginx
      spec:
        ports:
          - port: 80
            name: web
        clusterIP: None
        selector:
          app: nginx
      """)
  public static void createService() {}

  @Template(name = "create-stateful-set")
  @Resource(action = Resource.Action.CREATE, manifest = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      spec:
        selector:
          matchLabels:
            app: nginx # has to match .spec.template.metadata.labels
        serviceName: "nginx"
        template:
          metadata:
            labels:
              app: nginx # has to match .spec.selector.matchLabels
          spec:
            terminationGracePeriodSeconds: 10
            containers:
              - name: nginx
                image:  nginx:1.13
                ports:
                  - containerPort: 80
                    name: web
      """)
  public static void createStatefulSet() {}

  @Template(name = "wait-stateful-set")
  @Resource(action = Resource.Action.GET, successCondition = "status.readyReplicas == 1", manifest = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      """)
  public static void waitStatefulSet() {}

  @Template
  @Container(image = "curlimages/curl:8.10.1", command = {"sh", "-c"}, args = "curl nginx")
  public static void test() {}

  @Template(name = "delete-service")
  @Resource(action = Resource.Action.DELETE, flags = "--ignore-not-found", manifest = """
      apiVersion: v1
      kind: Service
      metadata:
        name: nginx
      """)
  public static void deleteService() {}

  @Template(name = "delete-stateful-set")
  @Resource(action = Resource.Action.DELETE, flags = "--ignore-not-found", manifest = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: web
      """)
  public static void deleteStatefulSet() {}

  /** The exit handler: both deletions side by side. */
  @Graph(name = "delete")
  static class Delete {
    @Script(name = "delete-service") @Call(template = "delete-service")
    static void deleteService() {}

    @Script(name = "delete-stateful-set") @Call(template = "delete-stateful-set")
    static void deleteStatefulSet() {}
  }

  @Script(name = "create-service") @Call(template = "create-service")
  static void createServiceStep() {}

  @Script(name = "create-stateful-set") @Call(template = "create-stateful-set")
  static void createStatefulSetStep() {}

  @Script(name = "wait-stateful-set", after = {"create-service", "create-stateful-set"}) @Call(template = "wait-stateful-set")
  static void waitStatefulSetStep() {}

  @Script(name = "test", after = "wait-stateful-set") @Call(template = "test")
  static void testStep() {}
}
