package dev.jera.processor.validate;

import java.util.List;

/** Runs every rule over a workflow; emitting happens only when none reports an error. */
public final class Validator {
  private static final List<Rule> RULES =
      List.of(
          new WorkflowNameRule(),
          new WorkflowShapeRule(),
          new MethodShapeRule(),
          new StepNameRule(),
          new ParamDeclarationRule(),
          new ParamUsageRule(),
          new SourceRule(),
          new ReferenceRule(),
          new CycleRule(),
          new DependsRule(),
          new SequenceRule(),
          new FanOutRule(),
          new TypeFlowRule(),
          new ValueRule(),
          new JsonTravelRule(),
          new ArtifactRule(),
          new DefaultValueRule(),
          new TemplateTagRule(),
          new WhenRule(),

          new ScheduleRule(),
          new ResourcesRule(),
          new DurationRule(),
          new RetryRule(),
          new ImageRule(),
          new LabelRule(),
          new SecretRule(),
          new PodSettingsRule(),
          new LifecycleRule(),
          new ExitHandlerRule());

  private Validator() {}

  public static Diagnostics validate(Context context) {
    Diagnostics diagnostics = new Diagnostics();
    for (Rule rule : RULES) {
      rule.check(context, diagnostics);
    }
    return diagnostics;
  }
}
