package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The samples' scripts are plain Java methods: tested as such, without Argo or Jera. */
class BusinessLogicTest {

  @Test
  void currencyQuotesAreDeterministicPerDay() {
    List<CurrencyEtl.Quote> quotes = CurrencyEtl.extract("EUR-THB", LocalDate.of(2024, 1, 1));
    assertThat(quotes).hasSize(4);
    assertThat(quotes).isEqualTo(CurrencyEtl.extract("EUR-THB", LocalDate.of(2024, 1, 1)));
    assertThat(quotes.get(0).pair()).isEqualTo("EUR-THB");
  }

  @Test
  void conversionIsPerHundredUnits() {
    CurrencyEtl.Converted converted = CurrencyEtl.convert(new CurrencyEtl.Quote("USD-THB", 6, new BigDecimal("35.23")));
    assertThat(converted.per100()).isEqualTo(new BigDecimal("3523.00"));
  }

  @Test
  void loadAveragesAndRefusesAnEmptyPassword() {
    List<CurrencyEtl.Converted> rows =
        List.of(new CurrencyEtl.Converted("USD-THB", 0, new BigDecimal("3500")), new CurrencyEtl.Converted("USD-THB", 6, new BigDecimal("3600")));
    CurrencyEtl.Summary summary = CurrencyEtl.load(rows, LocalDate.of(2024, 1, 1), "pw");
    assertThat(summary.average()).isEqualTo(new BigDecimal("3550.00"));
    assertThrows(IllegalStateException.class, () -> CurrencyEtl.load(rows, LocalDate.of(2024, 1, 1), " "));
  }

  @Test
  void theSugariestCereal() throws Exception {
    List<FetchAndProcess.Cereal> cereals = FetchAndProcess.fetch("classpath:cereal.csv");
    assertThat(cereals).hasSize(15);
    assertThat(FetchAndProcess.process(cereals)).isEqualTo("Golden Crisp has the most sugar: 15g per serving");
  }

  @Test
  void aLoadedCoinAlwaysFallsTheSameWay() {
    assertThat(CoinFlip.flip(1.0)).isEqualTo("heads");
    assertThat(CoinFlip.flip(0.0)).isEqualTo("tails");
    assertThrows(IllegalArgumentException.class, () -> CoinFlip.flip(1.5));
  }

  @Test
  void diamondJoinsBothBranches() {
    int a = Diamond.a(1);
    assertThat(Diamond.d(Diamond.b(a), Diamond.c(a))).isEqualTo("b=2 c=11 sum=13");
  }

  @Test
  void goldCustomersAndCouponsAreDiscounted() {
    List<OrderPricing.Order> orders = OrderPricing.orders(LocalDate.of(2024, 3, 1), 3);
    assertThat(orders.get(2).coupon()).isEqualTo(Optional.of("SPRING10"));
    assertThat(OrderPricing.price(orders.get(0)).total()).isEqualTo(new BigDecimal("19.90"));
    assertThat(OrderPricing.price(orders.get(1)).total()).isEqualTo(new BigDecimal("35.82"));
    assertThat(OrderPricing.price(orders.get(2)).total()).isEqualTo(new BigDecimal("49.70"));
    OrderPricing.Invoice invoice =
        OrderPricing.invoice(orders.stream().map(OrderPricing::price).toList(), LocalDate.of(2024, 3, 1));
    assertThat(invoice.total()).isEqualTo(new BigDecimal("105.42"));
  }

  @Test
  void regionsReportTheMonth() {
    assertThat(MonthlyReport.region("east", YearMonth.of(2024, 2))).isEqualTo("east closed 2024-02 with 116 orders");
    assertThat(MonthlyReport.report(List.of("a", "b"))).isEqualTo("a; b");
  }
}
