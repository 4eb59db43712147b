package dev.jera.samples.conformance;

import dev.jera.From;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Workflow;
import java.util.List;

/**
 * Fan-outs (Argo's {@code withParam} and {@code withItems}): a fan-out over nothing and the outcomes
 * it leaves ({@code x.Skipped}, {@code x.Succeeded}), the fan-in's order and shape with a failed item,
 * {@code AnySucceeded} and {@code AllFailed}, and a {@code when} per item.
 */
@Workflow(name = "conformance-fan-outs")
@Param(value = "orders", defaultValue = "[]", description = "the orders, as a JSON list")
public class FanOuts {

  /** An order's price. */
  public record Priced(String id, int cents) {}

  @Script
  public static List<String> orders(@Param("orders") List<String> orders) {
    return orders;
  }

  @Script(forEach = "orders")
  public static Priced price(@Item String order) throws InterruptedException {
    if (order.startsWith("bad")) {
      throw new IllegalArgumentException("cannot price " + order);
    }
    // Later items finish first: the fan-in keeps the items' order all the same.
    Thread.sleep(Math.max(0, 300 - 100L * order.length()));
    return new Priced(order, 100 * order.length());
  }

  @Script(name = "if-none", depends = "price.Skipped")
  public static String ifNone() {
    return "no orders today";
  }

  @Script(name = "if-some", depends = "price.Succeeded")
  public static String ifSome(@From("price") List<Priced> prices) {
    return prices.size() + " priced";
  }

  @Script(depends = "price.AnySucceeded")
  public static List<Priced> invoice(@From("price") List<Priced> prices) {
    return prices;
  }

  @Script(name = "all-failed", depends = "price.AllFailed")
  public static String allFailed() {
    return "nothing could be priced";
  }

  @Script(items = {"1", "2", "3", "4"}, when = "{{item}} % 2 == 0")
  public static int even(@Item int n) {
    return n;
  }

  @Script(items = {"x", "y"})
  public static String broken(@Item String item) {
    throw new IllegalStateException("item " + item + " fails");
  }

  @Script(name = "any-broken", depends = "broken.AnySucceeded")
  public static String anyBroken() {
    return "ran";
  }

  @Script(name = "all-broken", depends = "broken.AllFailed")
  public static String allBroken() {
    return "ran";
  }
}
