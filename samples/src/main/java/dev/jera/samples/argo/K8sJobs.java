package dev.jera.samples.argo;

import dev.jera.Output;
import dev.jera.Resource;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-jobs.yaml}: the resource template {@code rand-num} creates a Kubernetes
 * Job of three pods, owned by the workflow, waits until more than two succeed (or more than one fails),
 * and leaves the Job's name (a JSONPath) and the whole object (a jq filter) as its outputs.
 */
@Workflow(name = "k8s-jobs", entrypoint = "rand-num")
public class K8sJobs {
  /** The outputs Argo reads from the created Job. */
  public record RandNum(
      @Output(value = "job-name", jsonPath = "{.metadata.name}") String jobName,
      @Output(value = "job-obj", jqFilter = ".") String jobObj) {}

  @Template(name = "rand-num")
  @Resource(
      action = Resource.Action.CREATE,
      successCondition = "status.succeeded > 2",
      failureCondition = "status.failed > 1",
      setOwnerReference = true,
      manifest = """
          apiVersion: batch/v1
          kind: Job
          metadata:
            generateName: rand-num-
          spec:
            completions: 3
            parallelism: 3
            template:
              metadata:
                name: rand
              spec:
                containers:
                - name: rand
                  image: python:alpine3.23
                  command: ["python", "-c", "import random; import time; print(random.randint(1, 1000)); time.sleep(10)"]
                restartPolicy: Never
          """)
  public static RandNum randNum() {
    return null;
  }
}
