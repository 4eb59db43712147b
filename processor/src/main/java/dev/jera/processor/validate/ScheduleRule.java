package dev.jera.processor.validate;

import dev.jera.Kind;
import dev.jera.argo.CronSchedule;
import dev.jera.argo.TimeZones;
import dev.jera.processor.diagnostic.CronMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;

/** A CRON_WORKFLOW has valid schedules and time zone; other kinds have neither. */
final class ScheduleRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    WorkflowModel workflow = context.workflow();
    if (workflow.kind() != Kind.CRON_WORKFLOW) {
      String kind = workflow.kind().name();
      if (!workflow.schedules().isEmpty()) {
        diagnostics.report(workflow.schedules().get(0).site(), CronMessages.outsideCron("schedule", kind));
      }
      workflow.timezone().ifPresent(zone -> diagnostics.report(zone.site(), CronMessages.outsideCron("timezone", kind)));
      return;
    }
    if (workflow.schedules().isEmpty()) {
      diagnostics.report(workflow.site(), CronMessages.scheduleRequired(workflow.simpleName()));
    }
    for (Text schedule : workflow.schedules()) {
      CronSchedule.problem(schedule.value())
          .ifPresent(problem -> diagnostics.report(schedule.site(), CronMessages.invalidSchedule(schedule.value(), problem)));
    }
    workflow.timezone().ifPresent(zone -> TimeZones.problem(zone.value())
        .ifPresent(problem -> diagnostics.report(zone.site(), CronMessages.invalidTimezone(zone.value(), problem))));
  }
}
