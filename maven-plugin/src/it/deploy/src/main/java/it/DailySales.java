package it;

import dev.jera.Call;
import dev.jera.From;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.math.BigDecimal;

/** A Workflow with a checked parameter that calls the pricing template. */
@Workflow(name = "daily-sales")
@Param(value = "region", defaultValue = "north", allowed = {"north", "south"})
public class DailySales {
  @Script
  public static BigDecimal extract(@Param("region") String region) {
    return new BigDecimal("100");
  }

  @Script
  @Call(workflow = Pricing.class, template = "tax")
  public static BigDecimal taxed(@From("extract") BigDecimal amount) {
    return null;
  }

  @Script
  public static String total(@From("taxed") BigDecimal amount) {
    return "total " + amount;
  }
}
