package dev.jera.local;

import static com.google.common.truth.Truth.assertThat;

import dev.jera.local.values.SecretMask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a run's secrets look like once masked, in text and in a stream written in any pieces. */
class SecretMaskTest {
  private static final SecretMask MASK = SecretMask.of(Map.of(
      "vault/token", "s3cr3t-T0ken!",
      "db/pin", "1234",
      "db/quote", "pa\"ss\\wörd<&>",
      "short/one", "abc",
      "empty/one", ""));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "For input string: \"s3cr3t-T0ken!\"           | For input string: \"***\"",
    "token=s3cr3t-T0ken!s3cr3t-T0ken!xyz          | token=******xyz",
    "pin 1234, again:1234.                        | pin ***, again:***.",
    "12345 and a1234 and 1234b stay               | 12345 and a1234 and 1234b stay",
    "{\"p\":\"pa\\\"ss\\\\wörd<&>\"}              | {\"p\":\"***\"}",
    "go: pa\\\"ss\\\\w\\u00f6rd\\u003c\\u0026\\u003e | go: ***",
    "url: pa%22ss%5Cw%C3%B6rd%3C%26%3E            | url: ***",
    "abc and the empty value are kept             | abc and the empty value are kept",
  })
  void masksEveryFormOfAValueThatIsLongEnough(String text, String masked) {
    assertThat(MASK.apply(text)).isEqualTo(masked);
  }

  @Test
  void namesTheValuesTooShortToMask() {
    assertThat(MASK.unmasked()).containsExactly("empty/one", "short/one").inOrder();
  }

  @Test
  void aStreamMasksAsTextDoesWhateverPiecesItIsWrittenIn() throws IOException {
    String text = "start 1234 s3cr3t-T0ken! x1234 pa\"ss\\wörd<&> 1234\ns3cr3t-T0ken!s3cr3t-T0ken! end 1234";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (SecretMask.MaskingStream stream = MASK.filter(out)) {
        int at = 0;
        while (at < bytes.length) {
          int piece = Math.min(bytes.length - at, 1 + random.nextInt(6));
          stream.write(bytes, at, piece);
          at += piece;
        }
      }
      assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(MASK.apply(text));
    }
    assertThat(MASK.apply(text)).isEqualTo("start *** *** x1234 *** ***\n****** end ***");
  }

  @Test
  void aReleasedStreamPassesOnWhatItHeldBack() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SecretMask.MaskingStream stream = MASK.filter(out);

    stream.write("failed: 1234".getBytes(StandardCharsets.UTF_8));
    stream.flush();
    String held = out.toString(StandardCharsets.UTF_8);
    stream.release();

    assertThat(held).isEqualTo("");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("failed: ***");
  }

  @Test
  void noSecretsMaskNothing() {
    assertThat(SecretMask.NONE.apply("1234 s3cr3t")).isEqualTo("1234 s3cr3t");
    assertThat(SecretMask.of(Map.of()).isEmpty()).isTrue();
  }
}
