package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Item;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Resource;
import dev.jera.Script;
import dev.jera.Sequence;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Workflow;
import java.time.LocalDate;

/**
 * Argo's {@code examples/cron-backfill.yaml}, one nested class per document: the WorkflowTemplate
 * {@code job} runs for a date ("yesterday" by default), the CronWorkflow {@code daily-job} runs it every
 * night, and two workflows backfill the 19th to the 21st of May 2020: {@code backfill-v1} applies one
 * Workflow per day (a resource template), {@code backfill-v2} calls the template one day at a time.
 */
public final class CronBackfill {
  private CronBackfill() {}

  /** {@code job}: prints the date it runs for. */
  @Workflow(name = "job", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "main")
  @Param(value = "date", defaultValue = "yesterday")
  public static class Job {
    /** "yesterday" is a magic value: the template works out the day before today, as upstream's script does. */
    @Template
    public static void main(String date) {
      System.out.println("run for " + (date.equals("yesterday") ? LocalDate.now().minusDays(1).toString() : date));
    }
  }

  /** {@code daily-job}: runs {@code job} at two every night. */
  @Workflow(name = "daily-job", kind = Kind.CRON_WORKFLOW, schedule = "0 2 * * *", runs = Job.class)
  public static class DailyJob {}

  /** {@code backfill-v1}: applies a Workflow {@code job-<date>} per day, each running {@code job}'s main. */
  @Workflow(name = "backfill-v1", entrypoint = "main", style = Style.STEPS, generateName = false,
      serviceAccount = "argo-server")
  public static class BackfillV1 {
    @Template(name = "create-job")
    @Resource(
        action = Resource.Action.APPLY,
        manifest = """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata:
              name: job-{{inputs.parameters.date}}
            spec:
              entrypoint: main
              templates:
                - name: main
                  steps:
                    - - name: start-job
                        arguments:
                          parameters:
                            - name: date
                              value: "{{inputs.parameters.date}}"
                        templateRef:
                          name: job
                          template: main
            """)
    public static void createJob(String date) {}

    @Script @Sequence(start = "19", end = "21", format = "2020-05-%02X") @Call(template = "create-job")
    static void day(@Item String date) {}
  }

  /** {@code backfill-v2}: calls {@code job}'s main for each day, one at a time. */
  @Workflow(name = "backfill-v2", entrypoint = "main", style = Style.STEPS, generateName = false, parallelism = 1)
  public static class BackfillV2 {
    @Script(name = "create-job") @Sequence(start = "19", end = "21", format = "2020-05-%02d")
    @Call(workflow = Job.class, template = "main")
    static void createJob(@Item String date) {}
  }
}
