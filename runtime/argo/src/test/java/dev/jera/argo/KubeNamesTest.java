package dev.jera.argo;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubeNamesTest {

  // DNS-1123 labels

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "abc", "currency-etl", "a-b-c", "123-abc", "a1", "x--y"})
  void labelAccepts(String name) {
    assertThat(KubeNames.dns1123Label(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "a-", "-", "A", "Currency_ETL", "a.b", "a b", "caf\u00e9", "a_b", "a@b"})
  void labelRejects(String name) {
    assertThat(KubeNames.dns1123Label(name)).isPresent();
  }

  @Test
  void labelAcceptsSixtyThreeCharacters() {
    assertThat(KubeNames.dns1123Label("a".repeat(63))).isEmpty();
  }

  @Test
  void labelRejectsSixtyFourCharacters() {
    assertThat(KubeNames.dns1123Label("a".repeat(64)).orElseThrow())
        .contains("is 64 characters long; keep it to 63 characters");
  }

  @Test
  void labelMessageNamesCharactersAndCase() {
    assertThat(KubeNames.dns1123Label("Currency_ETL")).hasValue(
        "\"Currency_ETL\" contains '_' and uppercase letters; use lowercase letters, digits and '-'"
            + " (e.g. \"currency-etl\")");
  }

  @Test
  void labelMessageNamesBadEdges() {
    assertThat(KubeNames.dns1123Label("-foo")).hasValue(
        "\"-foo\" starts with '-'; start and end with a letter or digit (e.g. \"foo\")");
  }

  @Test
  void labelMessageJoinsBothEdges() {
    assertThat(KubeNames.dns1123Label("-foo-").orElseThrow()).startsWith("\"-foo-\" starts and ends with '-';");
  }

  @Test
  void labelMessageListsEveryFault() {
    assertThat(KubeNames.dns1123Label("Foo_" + "x".repeat(60) + "-").orElseThrow())
        .contains("characters long, and contains '_' and uppercase letters, and ends with '-'");
  }

  @Test
  void labelMessageCallsSpacesSpaces() {
    assertThat(KubeNames.dns1123Label("my workflow").orElseThrow()).startsWith("\"my workflow\" contains spaces;");
  }

  @Test
  void labelMessageShowsInvisibleCharactersByCodePoint() {
    assertThat(KubeNames.dns1123Label("a\u00a0b").orElseThrow()).contains("contains U+00A0");
  }

  @Test
  void emptyLabelIsExplained() {
    assertThat(KubeNames.dns1123Label("")).hasValue(
        "a DNS-1123 label cannot be empty; use lowercase letters, digits and '-'");
  }

  @Test
  void labelWithNoUsableCharactersHasNoExample() {
    assertThat(KubeNames.dns1123Label("___").orElseThrow()).doesNotContain("e.g.");
  }

  // DNS-1123 subdomains

  @ParameterizedTest
  @ValueSource(strings = {"a", "example.com", "app.kubernetes.io", "a-b.c-d", "1.2.3"})
  void subdomainAccepts(String name) {
    assertThat(KubeNames.dns1123Subdomain(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".a", "a.", "a..b", "a.-b", "a-.b", "Example.com", "my_app.io", "-a"})
  void subdomainRejects(String name) {
    assertThat(KubeNames.dns1123Subdomain(name)).isPresent();
  }

  @Test
  void subdomainAcceptsLongPartsWithinTheTotal() {
    assertThat(KubeNames.dns1123Subdomain("a".repeat(100) + "." + "b".repeat(100))).isEmpty();
  }

  @Test
  void subdomainRejectsOverTwoHundredFiftyThree() {
    assertThat(KubeNames.dns1123Subdomain("a".repeat(254)).orElseThrow()).contains("keep it to 253 characters");
  }

  @Test
  void subdomainWithATighterLimitSaysThatLimitAndSuggestsWithinIt() {
    String problem = KubeNames.dns1123Subdomain("Big_" + "x".repeat(296), 58).orElseThrow();
    assertThat(problem).contains("is 300 characters long");
    assertThat(problem).contains("keep it to 58 characters");
    assertThat(problem).endsWith("(e.g. \"big-" + "x".repeat(54) + "\")");
    assertThat(KubeNames.dns1123Subdomain("a".repeat(58), 58)).isEmpty();
    assertThat(KubeNames.dns1123Subdomain("a".repeat(59), 58).orElseThrow()).contains("keep it to 58 characters");
  }

  @Test
  void subdomainMessageNamesDoubleDots() {
    assertThat(KubeNames.dns1123Subdomain("a..b")).hasValue("\"a..b\" has two dots in a row; start and end each"
        + " dot-separated part with a letter or digit (e.g. \"a.b\")");
  }

  @Test
  void subdomainMessageNamesDashNextToDot() {
    assertThat(KubeNames.dns1123Subdomain("a.-b").orElseThrow()).contains("has '-' next to '.'");
  }

  @Test
  void subdomainSuggestionKeepsDots() {
    assertThat(KubeNames.dns1123Subdomain("My_App.IO").orElseThrow()).endsWith("(e.g. \"my-app.io\")");
  }

  // Label keys

  @ParameterizedTest
  @ValueSource(strings = {"team", "app.kubernetes.io/name", "example.com/Team_1", "a/b", "A.b-c_d",
      "workflows.argoproj.io/completed"})
  void labelKeyAccepts(String key) {
    assertThat(KubeNames.labelKey(key)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/x", "x/", "a/b/c", "Example.com/x", "example.com/-x", "_x", "x_", "my key",
      "example..com/x"})
  void labelKeyRejects(String key) {
    assertThat(KubeNames.labelKey(key)).isPresent();
  }

  @Test
  void labelKeyNameLimitIsSixtyThree() {
    assertThat(KubeNames.labelKey("example.com/" + "x".repeat(63))).isEmpty();
    assertThat(KubeNames.labelKey("example.com/" + "x".repeat(64))).isPresent();
  }

  @Test
  void labelKeyPrefixMayBeLongerThanTheName() {
    assertThat(KubeNames.labelKey("a".repeat(200) + ".io/x")).isEmpty();
  }

  @Test
  void labelKeyMessageNamesThePrefix() {
    assertThat(KubeNames.labelKey("Example.com/x").orElseThrow())
        .startsWith("label key prefix \"Example.com\" contains uppercase letters;");
  }

  @Test
  void labelKeyMessageNamesTheName() {
    assertThat(KubeNames.labelKey("example.com/-x").orElseThrow())
        .startsWith("label key name \"-x\" starts with '-';");
  }

  @Test
  void labelKeyWithTwoSlashes() {
    assertThat(KubeNames.labelKey("a/b/c").orElseThrow()).startsWith("\"a/b/c\" has more than one '/';");
  }

  @Test
  void labelKeyWithEmptyPrefix() {
    assertThat(KubeNames.labelKey("/x").orElseThrow()).endsWith("e.g. \"example.com/x\"");
  }

  @Test
  void labelKeyWithEmptyName() {
    assertThat(KubeNames.labelKey("example.com/").orElseThrow()).startsWith("\"example.com/\" has nothing after '/'");
  }

  // Label values

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "v1.2.3", "A_b-c.D", "2024-01-01", "Production"})
  void labelValueAccepts(String value) {
    assertThat(KubeNames.labelValue(value)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-x", "x-", ".x", "my value", "a/b", "a:b", "caf\u00e9"})
  void labelValueRejects(String value) {
    assertThat(KubeNames.labelValue(value)).isPresent();
  }

  @Test
  void labelValueLimitIsSixtyThree() {
    assertThat(KubeNames.labelValue("x".repeat(63))).isEmpty();
    assertThat(KubeNames.labelValue("x".repeat(64))).isPresent();
  }

  @Test
  void labelValueSuggestionKeepsCase() {
    assertThat(KubeNames.labelValue("My Value").orElseThrow()).endsWith("(e.g. \"My-Value\")");
  }

  // Argo parameter names

  @ParameterizedTest
  @ValueSource(strings = {"a", "my_param_1", "MY-PARAM-1", "-", "_", "1"})
  void parameterNameAccepts(String name) {
    assertThat(KubeNames.argoParameterName(name)).isEmpty();
  }

  @Test
  void parameterNameHasNoLengthLimit() {
    assertThat(KubeNames.argoParameterName("x".repeat(500))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a.b", "my param", "{{x}}", "a/b", "\u00e9"})
  void parameterNameRejects(String name) {
    assertThat(KubeNames.argoParameterName(name)).isPresent();
  }

  @Test
  void parameterNameSuggestsUnderscores() {
    assertThat(KubeNames.argoParameterName("my param")).hasValue(
        "\"my param\" contains spaces; use letters, digits, '-' and '_' (e.g. \"my_param\")");
  }

  // Argo template names

  @ParameterizedTest
  @ValueSource(strings = {"a", "fetch-rates", "Fetch-1", "My-name1-2", "123-NAME", "fetch-", "1abc"})
  void templateNameAccepts(String name) {
    assertThat(KubeNames.argoTemplateName(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-fetch", "fetch_rates", "fetch.rates", "fetch rates"})
  void templateNameRejects(String name) {
    assertThat(KubeNames.argoTemplateName(name)).isPresent();
  }

  @Test
  void templateNameLimitIsOneHundredTwentyEight() {
    assertThat(KubeNames.argoTemplateName("a".repeat(128))).isEmpty();
    assertThat(KubeNames.argoTemplateName("a".repeat(129))).isPresent();
  }

  @Test
  void templateNameMessageAsksForAGoodStart() {
    assertThat(KubeNames.argoTemplateName("-fetch")).hasValue(
        "\"-fetch\" starts with '-'; start with a letter or digit (e.g. \"fetch\")");
  }

  @Test
  void templateNameSuggestsDashes() {
    assertThat(KubeNames.argoTemplateName("fetch_rates").orElseThrow()).endsWith("(e.g. \"fetch-rates\")");
  }

  // Secret and ConfigMap keys

  @ParameterizedTest
  @ValueSource(strings = {"password", "db.password", "DB_PASSWORD", "tls.crt", ".hidden", "a-b"})
  void secretKeyAccepts(String key) {
    assertThat(KubeNames.secretKey(key)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "..x", "a/b", "my key", "a:b"})
  void secretKeyRejects(String key) {
    assertThat(KubeNames.secretKey(key)).isPresent();
  }

  @Test
  void secretKeyLimitIsTwoHundredFiftyThree() {
    assertThat(KubeNames.secretKey("k".repeat(253))).isEmpty();
    assertThat(KubeNames.secretKey("k".repeat(254))).isPresent();
  }

  @Test
  void secretKeyLeadingDotsAreExplained() {
    assertThat(KubeNames.secretKey("..x")).hasValue("\"..x\" starts with '..'; drop the leading dots (e.g. \"x\")");
  }

  @Test
  void secretKeyLoneDotIsExplained() {
    assertThat(KubeNames.secretKey(".").orElseThrow()).startsWith("\".\" is not allowed on its own;");
  }

  // Environment variable names

  @ParameterizedTest
  @ValueSource(strings = {"HOME", "my_var", "my.var", "my-var", "_x", "-x", ".x", "A1"})
  void envVarNameAccepts(String name) {
    assertThat(KubeNames.envVarName(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1ABC", "MY VAR", "A=B", ".", "..", "..x", "$X"})
  void envVarNameRejects(String name) {
    assertThat(KubeNames.envVarName(name)).isPresent();
  }

  @Test
  void envVarNameStartingWithDigitSuggestsUnderscore() {
    assertThat(KubeNames.envVarName("1ABC")).hasValue(
        "\"1ABC\" starts with '1'; start with a letter or '_' (e.g. \"_1ABC\")");
  }

  // Suggestions

  @Test
  void suggestLabelLowersAndJoinsWords() {
    assertThat(KubeNames.suggestLabel("Currency_ETL")).isEqualTo("currency-etl");
  }

  @Test
  void suggestLabelSplitsCamelCase() {
    assertThat(KubeNames.suggestLabel("fetchData")).isEqualTo("fetch-data");
    assertThat(KubeNames.suggestLabel("HTTPServer")).isEqualTo("http-server");
    assertThat(KubeNames.suggestLabel("S3Bucket")).isEqualTo("s3-bucket");
  }

  @Test
  void suggestLabelCollapsesRunsAndTrims() {
    assertThat(KubeNames.suggestLabel("  My -- Workflow!! ")).isEqualTo("my-workflow");
  }

  @Test
  void suggestLabelDropsAccents() {
    assertThat(KubeNames.suggestLabel("Caf\u00e9 au lait")).isEqualTo("cafe-au-lait");
  }

  @Test
  void suggestLabelCutsToSixtyThreeWithoutTrailingDash() {
    String label = KubeNames.suggestLabel("a".repeat(62) + " b");
    assertThat(label).isEqualTo("a".repeat(62));
  }

  @Test
  void suggestLabelOfNothingUsableIsEmpty() {
    assertThat(KubeNames.suggestLabel("___")).isEmpty();
    assertThat(KubeNames.suggestLabel("")).isEmpty();
  }

  @Test
  void suggestLabelKeepsValidLabels() {
    assertThat(KubeNames.suggestLabel("currency-etl")).isEqualTo("currency-etl");
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> KubeNames.dns1123Label(null));
    assertThrows(NullPointerException.class, () -> KubeNames.labelKey(null));
    assertThrows(NullPointerException.class, () -> KubeNames.suggestLabel(null));
  }
}
