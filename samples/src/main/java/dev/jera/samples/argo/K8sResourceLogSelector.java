package dev.jera.samples.argo;

import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-resource-log-selector.yaml}: the resource template {@code tf-jobtmpl}
 * creates a Kubeflow TFJob whose workers carry the workflow's label, so Argo can show their logs, and
 * waits until both workers succeed (or one fails).
 */
@Workflow(name = "k8s-jobs-log-selector", entrypoint = "tf-jobtmpl")
public class K8sResourceLogSelector {
  @Template(name = "tf-jobtmpl")
  @Resource(
      action = Resource.Action.CREATE,
      successCondition = "status.replicaStatuses.Worker.succeeded = 2",
      failureCondition = "status.replicaStatuses.Worker.failed > 0",
      manifest = """
          apiVersion: kubeflow.org/v1
          kind: TFJob
          metadata:
            name: tfjob-examples
          spec:
            tfReplicaSpecs:
               Worker:
                 replicas: 2
                 restartPolicy: Never
                 template:
                   metadata:
                     labels:
                       workflows.argoproj.io/workflow: {{workflow.name}}
                   spec:
                     containers:
                       - name: tensorflow
                         image: "Placeholder for TensorFlow distributed training image"
          """)
  public static void tfJobtmpl() {}
}
