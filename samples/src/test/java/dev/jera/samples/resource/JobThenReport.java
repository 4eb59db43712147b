package dev.jera.samples.resource;

import dev.jera.From;
import dev.jera.Output;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Workflow;

/** A resource step whose output another step reads: runs locally only with the resource step stubbed. */
@Workflow(name = "job-then-report", image = "eclipse-temurin:21-jre")
public class JobThenReport {
  /** What Argo reads from the created Job. */
  public record Job(
      @Output(value = "job-name", jsonPath = "{.metadata.name}") String name,
      @Output(value = "job-phase", jqFilter = ".status.phase", defaultValue = "Unknown") String phase) {}

  @Script(name = "create-job")
  @Resource(
      action = Resource.Action.CREATE,
      successCondition = "status.succeeded > 0",
      manifest = """
          apiVersion: batch/v1
          kind: Job
          metadata:
            generateName: pi-
          spec:
            template:
              spec:
                containers:
                - name: pi
                  image: perl:5.34
                  command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(200)"]
                restartPolicy: Never
          """)
  public static Job createJob() {
    return null;
  }

  @Script(after = "create-job")
  public static String report(
      @From(value = "create-job", output = "job-name") String name,
      @From(value = "create-job", output = "job-phase") String phase) {
    return name + " is " + phase;
  }
}
