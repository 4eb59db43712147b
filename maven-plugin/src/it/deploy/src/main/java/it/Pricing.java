package it;

import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.math.BigDecimal;

/** A WorkflowTemplate that DailySales calls: apply puts it on the cluster first. */
@Workflow(name = "pricing", kind = Kind.WORKFLOW_TEMPLATE)
@Param(value = "amount", defaultValue = "0")
public class Pricing {
  @Script
  public static BigDecimal tax(@Param("amount") BigDecimal amount) {
    return amount.multiply(new BigDecimal("1.07"));
  }
}
