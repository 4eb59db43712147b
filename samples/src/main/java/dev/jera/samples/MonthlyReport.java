package dev.jera.samples;

import dev.jera.From;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Value;
import dev.jera.Workflow;
import java.time.YearMonth;

/**
 * A WorkflowTemplate, versioned by its name, that other workflows and teams submit by reference: it
 * builds a month's report and announces it when the workflow ends, whatever the outcome.
 */
@Workflow(
    name = "monthly-report-${jera.appVersion}",
    kind = Kind.WORKFLOW_TEMPLATE,
    onExit = "announce",
    labels = "team=reporting")
@Param(value = "month", description = "the month to report, e.g. 2024-02")
@Retry(limit = 1)
public class MonthlyReport {

  @Script(items = {"north", "south", "east", "west"})
  public static String region(@dev.jera.Item String region, @Param("month") YearMonth month) {
    return region + " closed " + month + " with " + (month.lengthOfMonth() * region.length()) + " orders";
  }

  @Script
  public static String report(@From("region") java.util.List<String> regions) {
    return String.join("; ", regions);
  }

  @Script
  public static void announce(@Value("{{workflow.status}}") String status, @Value("{{workflow.name}}") String run) {
    System.out.println("report " + run + " finished: " + status);
  }
}
