package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;
import java.util.List;
import java.util.Set;

/** Runs every rule over a workflow; emitting happens only when none reports an error. */
public final class Validator {
  private static final List<Rule> RULES =
      List.of(
          new WorkflowNameRule(),
          new UniqueWorkflowNameRule(),
          new WorkflowShapeRule(),
          new MethodShapeRule(),
          new StepNameRule(),
          new ParamDeclarationRule(),
          new ParamUsageRule(),
          new ParamAttributeRule(),
          new SourceRule(),
          new ReferenceRule(),
          new CycleRule(),
          new DependsRule(),
          new ContinueOnRule(),
          new SequenceRule(),
          new FanOutRule(),
          new TypeFlowRule(),
          new OutputRule(),
          new OutputReadRule(),
          new GraphOutputRule(),
          new GraphRule(),
          new FanInOfTextRule(),
          new ValueRule(),
          new JsonTravelRule(),
          new ArtifactRule(),
          new SubPathRule(),
          new ArtifactGcRule(),
          new ArgumentFileRule(),
          new LocationRule(),
          new RepositoryKeyRule(),
          new DefaultValueRule(),
          new TemplateTagRule(),
          new WhenRule(),

          new ScheduleRule(),
          new CronSettingsRule(),
          new WorkflowMetadataRule(),
          new WorkflowSettingsRule(),
          new ResourcesRule(),
          new DurationRule(),
          new RetryRule(),
          new RetryExpressionRule(),
          new TimeLimitRule(),
          new ImageRule(),
          new ShellTextRule(),
          new LabelRule(),
          new SecretRule(),
          new CallRule(),
          new TemplateRule(),
          new EntrypointRule(),
          new RunsRule(),
          new PodSettingsRule(),
          new PodSpecRule(),
          new LifecycleRule(),
          new ExitHandlerRule(),
          new HookRule(),
          new SuspendRule(),
          new HttpRequestRule(),
          new SidecarRule(),
          new DaemonRule(),
          new ContainerSetRule(),
          new ResourceTemplateRule(),
          new MetricRule(),
          new DataRule(),
          new NestedGraphRule(),
          new InputFileRule());

  /** A library has no graph, parameters or image of its own: only its methods are checked. */
  private static final List<Rule> LIBRARY_RULES =
      List.of(
          new MethodShapeRule(),
          new StepNameRule(),
          new LibrarySourceRule(),
          new ContinueOnRule(),
          new JsonTravelRule(),
          new OutputRule(),
          new GraphRule(),
          new ArtifactRule(),
          new ArtifactGcRule(),
          new LocationRule(),
          new ResourcesRule(),
          new DurationRule(),
          new RetryRule(),
          new RetryExpressionRule(),
          new TimeLimitRule(),
          new SecretRule(),
          new PodSettingsRule(),
          new PodSpecRule(),
          new ShellTextRule(),
          new SidecarRule(),
          new DaemonRule(),
          new ResourceTemplateRule(),
          new MetricRule());

  /** Rules about the workflow as a whole (its name, schedules, metadata, entrypoint, templates): not a nested graph's. */
  private static final Set<Class<? extends Rule>> WORKFLOW_ONLY = Set.of(
      WorkflowNameRule.class, UniqueWorkflowNameRule.class, WorkflowShapeRule.class, ScheduleRule.class,
      CronSettingsRule.class, WorkflowMetadataRule.class, WorkflowSettingsRule.class, LabelRule.class, TemplateRule.class,
      EntrypointRule.class, RunsRule.class, LifecycleRule.class, ExitHandlerRule.class, HookRule.class, SuspendRule.class,
      ContainerSetRule.class, NestedGraphRule.class, InputFileRule.class);

  /**
   * A nested {@code @Graph} of a workflow: its steps, inputs and settings. What the graph shares with its
   * workflow (image, pod settings, secrets) the workflow's rules check too; a report both find is printed once.
   */
  private static final List<Rule> GRAPH_RULES =
      RULES.stream().filter(rule -> !WORKFLOW_ONLY.contains(rule.getClass())).toList();

  private Validator() {}

  /** Adds what the rules of a nested graph find to {@code diagnostics}. */
  public static void validateGraph(Context context, Diagnostics diagnostics) {
    for (Rule rule : GRAPH_RULES) {
      rule.check(context, diagnostics);
    }
  }

  public static Diagnostics validate(Context context) {
    Diagnostics diagnostics = new Diagnostics();
    for (Rule rule : context.workflow().library() ? LIBRARY_RULES : RULES) {
      rule.check(context, diagnostics);
    }
    return diagnostics;
  }
}
