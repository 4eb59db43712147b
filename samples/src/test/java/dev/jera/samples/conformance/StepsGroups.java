package dev.jera.samples.conformance;

import dev.jera.From;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Value;
import dev.jera.Workflow;
import java.util.List;

/**
 * A steps template (Argo's {@code workflow/controller/steps.go}): three groups, the first of which can
 * fail; a looping step with a {@code when} per item, whose items hang from the step group.
 */
@Workflow(name = "conformance-steps-groups", style = Style.STEPS)
@Param(value = "fail", defaultValue = "false")
public class StepsGroups {

  @Script
  public static String first(@Param("fail") boolean fail) {
    if (fail) {
      throw new IllegalStateException("first fails on purpose");
    }
    return "first";
  }

  @Script(items = {"1", "2", "3"}, when = "{{item}} != 2", after = "first")
  public static int each(@Item int n) {
    return n * 10;
  }

  @Script
  public static String last(@From("each") List<Integer> values, @Value("{{steps.each.status}}") String status) {
    return values + " " + status;
  }
}
