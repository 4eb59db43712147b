package dev.jera.samples;

import dev.jera.From;
import dev.jera.Item;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Resources;
import dev.jera.Retry;
import dev.jera.Script;
import dev.jera.Secret;
import dev.jera.Value;
import dev.jera.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every five minutes, Bangkok time: extract the day's quotes for a currency pair, convert each into
 * the reporting currency (one pod per quote), load them into the warehouse, and report.
 */
@Workflow(
    name = "currency-etl",
    kind = Kind.CRON_WORKFLOW,
    schedule = "*/5 * * * *",
    timezone = "Asia/Bangkok",
    labels = {"team=data-platform", "domain=finance"})
@Param(value = "source-extract", defaultValue = "USD-THB", allowed = {"USD-THB", "EUR-THB", "JPY-THB"},
    description = "the currency pair to extract")
@Param(value = "run-date", defaultValue = "2024-01-01", description = "the business day to extract")
@Secret(name = "warehouse", key = "password")
public class CurrencyEtl {

  /** One quote of a currency pair at an hour of the day. */
  public record Quote(String pair, int hour, BigDecimal rate) {}

  /** A quote converted into the reporting currency, per 100 units. */
  public record Converted(String pair, int hour, BigDecimal per100) {}

  /** What one load wrote. */
  public record Summary(String pair, LocalDate day, int rows, BigDecimal average) {}

  @Script
  @Retry(limit = 2, backoff = "10s", factor = 2)
  public static List<Quote> extract(@Param("source-extract") String pair, @Param("run-date") LocalDate day) {
    // A deterministic stand-in for the rates API: the same pair and day give the same quotes.
    BigDecimal base = switch (pair) {
      case "EUR-THB" -> new BigDecimal("38.50");
      case "JPY-THB" -> new BigDecimal("0.2400");
      default -> new BigDecimal("35.20");
    };
    List<Quote> quotes = new ArrayList<>();
    for (int hour = 0; hour < 24; hour += 6) {
      BigDecimal drift = BigDecimal.valueOf((day.getDayOfYear() * 7L + hour) % 11 - 5, 2);
      quotes.add(new Quote(pair, hour, base.add(drift)));
    }
    return quotes;
  }

  @Script(forEach = "extract", timeout = "2m")
  @Resources(cpu = "250m", memory = "256Mi", memoryLimit = "256Mi")
  public static Converted convert(@Item Quote quote) {
    return new Converted(quote.pair(), quote.hour(), quote.rate().multiply(BigDecimal.valueOf(100)));
  }

  @Script
  public static Summary load(
      @From("convert") List<Converted> rows,
      @Param("run-date") LocalDate day,
      @Secret(name = "warehouse", key = "password") String password) {
    if (password.isBlank()) {
      throw new IllegalStateException("the warehouse password is empty");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Converted row : rows) {
      sum = sum.add(row.per100());
    }
    BigDecimal average = rows.isEmpty() ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(rows.size()), 2, RoundingMode.HALF_EVEN);
    System.out.println("loaded " + rows.size() + " rows into the warehouse");
    return new Summary(rows.isEmpty() ? "" : rows.get(0).pair(), day, rows.size(), average);
  }

  @Script(after = "load", when = "'{{workflow.parameters.source-extract}}' != 'JPY-THB'")
  public static String report(@Value("{{workflow.name}}") String run, @From("load") Summary summary) {
    return run + ": " + summary.rows() + " rows of " + summary.pair() + " for " + summary.day()
        + ", average " + summary.average() + " per 100";
  }
}
