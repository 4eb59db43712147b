package dev.jera.samples;

import dev.jera.From;
import dev.jera.Item;
import dev.jera.Param;
import dev.jera.Resources;
import dev.jera.Script;
import dev.jera.Workflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dynamic fan-out and fan-in over records: list the day's orders, price each one in its own pod,
 * then total the invoice from all prices, in order. On a day without orders Argo skips the fan-out
 * ("Skipped, empty params") and it has no result, which Argo would wait for forever: the invoice
 * therefore runs only when the pricing succeeded, and is omitted otherwise.
 */
@Workflow(name = "order-pricing", serviceAccount = "pricing")
@Param(value = "day", defaultValue = "2024-03-01")
@Param(value = "orders", defaultValue = "3", description = "how many orders the day has")
@Resources(cpu = "100m", memory = "128Mi")
public class OrderPricing {

  /** The kinds of customer, each with its discount. */
  public enum Tier { STANDARD, GOLD }

  /** An order to price. */
  public record Order(String id, LocalDate day, int quantity, BigDecimal unitPrice, Tier tier, Optional<String> coupon) {}

  /** An order's price. */
  public record Priced(String id, BigDecimal total) {}

  /** The day's invoice. */
  public record Invoice(LocalDate day, List<Priced> lines, BigDecimal total) {}

  @Script
  public static List<Order> orders(@Param("day") LocalDate day, @Param("orders") int count) {
    List<Order> orders = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      orders.add(new Order("ord-" + i, day, i * 2, new BigDecimal("9.95"), i % 2 == 0 ? Tier.GOLD : Tier.STANDARD,
          i == 3 ? Optional.of("SPRING10") : Optional.empty()));
    }
    return orders;
  }

  @Script(forEach = "orders")
  public static Priced price(@Item Order order) {
    BigDecimal total = order.unitPrice().multiply(BigDecimal.valueOf(order.quantity()));
    if (order.tier() == Tier.GOLD) {
      total = total.multiply(new BigDecimal("0.90"));
    }
    if (order.coupon().isPresent()) {
      total = total.subtract(BigDecimal.TEN);
    }
    return new Priced(order.id(), total.setScale(2, java.math.RoundingMode.HALF_EVEN));
  }

  @Script(depends = "price.Succeeded")
  public static Invoice invoice(@From("price") List<Priced> prices, @Param("day") LocalDate day) {
    BigDecimal total = BigDecimal.ZERO;
    for (Priced price : prices) {
      total = total.add(price.total());
    }
    return new Invoice(day, prices, total);
  }
}
