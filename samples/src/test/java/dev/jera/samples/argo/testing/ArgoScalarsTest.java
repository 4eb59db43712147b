package dev.jera.samples.argo.testing;

import static com.google.common.truth.Truth.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Go readings behind N2 and N3. */
class ArgoScalarsTest {
  @Test
  void anyStringFormatsNumbersAsFormatFloat() {
    assertThat(ArgoScalars.anyString(new BigDecimal("10"))).isEqualTo("10");
    assertThat(ArgoScalars.anyString(new BigDecimal("1.5"))).isEqualTo("1.5");
    assertThat(ArgoScalars.anyString(new BigDecimal("1E+21"))).isEqualTo("1000000000000000000000");
    assertThat(ArgoScalars.anyString(true)).isEqualTo("true");
    assertThat(ArgoScalars.anyString("01")).isEqualTo("01");
  }

  @Test
  void itemsExpandAsTheirJsonText() {
    assertThat(ArgoScalars.itemScalar(new BigDecimal("2"))).isEqualTo("2");
    assertThat(ArgoScalars.itemScalar(new BigDecimal("1E+21"))).isEqualTo("1e+21");
    assertThat(ArgoScalars.itemScalar(new BigDecimal("1.5E-7"))).isEqualTo("1.5e-07");
  }

  @Test
  void goDurations() {
    assertThat(ArgoScalars.goDuration("1m30s")).hasValue(BigInteger.valueOf(90_000_000_000L));
    assertThat(ArgoScalars.goDuration("1.5h")).hasValue(BigInteger.valueOf(5_400_000_000_000L));
    assertThat(ArgoScalars.goDuration("300ms")).hasValue(BigInteger.valueOf(300_000_000L));
    assertThat(ArgoScalars.goDuration("0")).hasValue(BigInteger.ZERO);
    assertThat(ArgoScalars.goDuration("10")).isEqualTo(Optional.empty());
    assertThat(ArgoScalars.goDuration("1d")).isEqualTo(Optional.empty());
    assertThat(ArgoScalars.goDuration("{{inputs.parameters.t}}")).isEqualTo(Optional.empty());
  }

  @Test
  void secondsOrDurationTakesBareSeconds() {
    assertThat(ArgoScalars.secondsOrDuration("10")).isEqualTo(ArgoScalars.secondsOrDuration("10s"));
    assertThat(ArgoScalars.secondsOrDuration("{{inputs.parameters.t}}")).isEqualTo("{{inputs.parameters.t}}");
    assertThat(ArgoScalars.duration("10")).isEqualTo("10");
  }

  @Test
  void quantities() {
    assertThat(((ArgoScalars.Quantity) ArgoScalars.quantity("500m")).amount()).isEqualTo(new BigDecimal("0.5"));
    assertThat(((ArgoScalars.Quantity) ArgoScalars.quantity("1Gi")).amount()).isEqualTo(new BigDecimal("1073741824"));
    assertThat(((ArgoScalars.Quantity) ArgoScalars.quantity("1e3")).amount().compareTo(new BigDecimal(1000))).isEqualTo(0);
    assertThat(((ArgoScalars.Quantity) ArgoScalars.quantity(new BigDecimal("2"))).amount()).isEqualTo(new BigDecimal("2"));
    assertThat(ArgoScalars.quantity("lots")).isEqualTo("lots");
  }
}
