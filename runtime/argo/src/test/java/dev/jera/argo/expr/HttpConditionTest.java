package dev.jera.argo.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An HTTP template's successCondition, evaluated as Argo's agent evaluates it ({@code agent.go}). */
class HttpConditionTest {
  private static final HttpCondition.Request REQUEST =
      new HttpCondition.Request("POST", "https://example.com/a", "{}", Map.of("x-day", List.of("monday")));
  private static final HttpCondition.Response RESPONSE =
      new HttpCondition.Response(201, "made by google", Map.of("server", List.of("cloudflare"), "content-TYPE", List.of("text/plain")));

  private static boolean holds(String condition) {
    return HttpCondition.parse(condition).evaluate(REQUEST, RESPONSE);
  }

  @Test
  void readsTheResponse() {
    assertThat(holds("response.statusCode == 201")).isTrue();
    assertThat(holds("response.statusCode >= 200 && response.statusCode < 300")).isTrue();
    assertThat(holds("response.body contains \"google\"")).isTrue();
    assertThat(holds("response.statusCode == 200")).isFalse();
  }

  @Test
  void responseHeaderNamesAreCanonicalAsGoHoldsThem() {
    assertThat(holds("response.headers[\"Server\"][0] == \"cloudflare\"")).isTrue();
    assertThat(holds("response.headers[\"Content-Type\"][0] == \"text/plain\"")).isTrue();
  }

  @Test
  void readsTheRequestAsWritten() {
    assertThat(holds("request.method == \"POST\" && request.url == \"https://example.com/a\" && request.body == \"{}\"")).isTrue();
    // HTTPHeaders.ToHeader keeps the names as written.
    assertThat(holds("request.headers[\"x-day\"][0] == \"monday\"")).isTrue();
  }

  @Test
  void aResultThatIsNoBooleanFailsWithArgosMessage() {
    ExpressionException e = assertThrows(ExpressionException.class, () -> holds("response.statusCode"));
    assertThat(e).hasMessageThat().isEqualTo("unable to cast expression result '201' to bool");
  }

  @Test
  void namesWhatItReads() {
    assertThat(HttpCondition.parse("response.headers[\"Server\"][0] == \"x\" && len(response.body) > 0").references())
        .containsExactly(
            new HttpCondition.Reference("response.headers", false, 0),
            new HttpCondition.Reference("len", true, 40),
            new HttpCondition.Reference("response.body", false, 44));
  }
}
