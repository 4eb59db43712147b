package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/k8s-orchestration.yaml}: the steps template {@code k8s-orchestrate} runs
 * {@code random-number-job}, whose resource template creates a Job of ten pods and exports its name and uid
 * ({@code job-name}, {@code job-uid}) once ten have succeeded, then {@code print-generated-numbers}, given
 * the uid, then {@code delete-job}, whose resource template deletes the Job by its name. Upstream prints the
 * pods' logs with {@code kubectl} in a shell; the Java template reports the uid it would select them by.
 */
@Workflow(name = "k8s-orchestrate", entrypoint = "k8s-orchestrate", style = Style.STEPS)
public class K8sOrchestration {
  /** What the created Job exports. */
  public record Job(
      @Output(value = "job-name", jsonPath = "{.metadata.name}") String jobName,
      @Output(value = "job-uid", jsonPath = "{.metadata.uid}") String jobUid) {}

  /** Creates a Job of ten pods, each printing a random number. */
  @Template(name = "random-number-job")
  @Resource(action = Resource.Action.CREATE,
      successCondition = "status.succeeded > 9", failureCondition = "status.failed > 0",
      manifest = """
          apiVersion: batch/v1
          kind: Job
          metadata:
            generateName: rand-num-
          spec:
            completions: 10
            parallelism: 10
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
  public static Job randomNumberJob() {
    return null;
  }

  /** Reports the Job's pods, as upstream's {@code kubectl get pods -l controller-uid=…} and {@code kubectl logs}. */
  @Template(name = "print-generated-numbers")
  public static void printGeneratedNumbers(@Param("job-uid") String jobUid) {
    System.out.println("pods of controller-uid=" + jobUid);
  }

  /** Deletes the Job. */
  @Template(name = "delete-job")
  @Resource(action = Resource.Action.DELETE, manifest = """
      apiVersion: batch/v1
      kind: Job
      metadata:
        name: {{inputs.parameters.job-name}}
      """)
  public static void deleteJob(@Param("job-name") String jobName) {}

  @Script(name = "random-number-job") @Call(template = "random-number-job")
  static void randomNumberJobStep() {}

  @Script(name = "print-generated-numbers") @Call(template = "print-generated-numbers")
  static void printGeneratedNumbersStep(@From(value = "random-number-job", output = "job-uid") String jobUid) {}

  @Script(name = "delete-job", after = "print-generated-numbers") @Call(template = "delete-job")
  static void deleteJobStep(@From(value = "random-number-job", output = "job-name") String jobName) {}
}
