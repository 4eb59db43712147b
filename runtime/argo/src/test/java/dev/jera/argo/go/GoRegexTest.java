package dev.jera.argo.go;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Go regular expressions: the conformance suite of the engine behind {@link GoRegex} (RE2/J). */
class GoRegexTest {

  private static boolean finds(String pattern, String text) {
    return GoRegex.compile(pattern).matchesIn(text);
  }

  private static String problem(String pattern) {
    return assertThrows(IllegalArgumentException.class, () -> GoRegex.compile(pattern)).getMessage();
  }

  @Test
  void searchesAnywhere() {
    assertThat(finds("ea", "heads")).isTrue();
    assertThat(finds("^ea", "heads")).isFalse();
  }

  @Test
  void dollarIsTheEndOfTextUnlessMultiline() {
    assertThat(finds("c$", "abc\n")).isFalse();
    assertThat(finds("c$", "abc")).isTrue();
    assertThat(finds("(?m)c$", "abc\nd")).isTrue();
    assertThat(finds("(?m:c$)|x$", "abc\nd")).isTrue();
    assertThat(finds("(?m:x)c$", "xc\n")).isFalse();
  }

  @Test
  void flagsEndWithTheirGroup() {
    assertThat(finds("(a(?m))c$", "ac\n")).isFalse();
  }

  @Test
  void dotDoesNotMatchNewlineButMatchesCarriageReturn() {
    assertThat(finds("a.b", "a\nb")).isFalse();
    assertThat(finds("a.b", "a\rb")).isTrue();
    assertThat(finds("(?s)a.b", "a\nb")).isTrue();
  }

  @Test
  void caseInsensitiveFoldsUnicode() {
    assertThat(finds("(?i)ÉTÉ", "été")).isTrue();
  }

  @Test
  void spaceClassHasNoVerticalTab() {
    assertThat(finds("\\s", "\u000B")).isFalse();
    assertThat(finds("\\s", "\t")).isTrue();
    assertThat(finds("\\S", "\u000B")).isTrue();
    assertThat(finds("[\\s]", "\u000B")).isFalse();
    assertThat(finds("[\\S]", "\u000B")).isTrue();
  }

  @Test
  void backslashVIsTheVerticalTab() {
    assertThat(finds("\\v", "\u000B")).isTrue();
    assertThat(finds("\\v", "\n")).isFalse();
  }

  @Test
  void wordBoundaryIsAscii() {
    assertThat(finds("\\bcafé\\b", "café")).isFalse(); // é is no word character to Go
    assertThat(finds("\\bcaf", "café")).isTrue();
    assertThat(finds("\\Bé", "café")).isFalse();
  }

  @Test
  void octalAndHexEscapes() {
    assertThat(finds("\\101", "A")).isTrue();
    assertThat(finds("\\0", "\0")).isTrue();
    assertThat(finds("\\x41", "A")).isTrue();
    assertThat(finds("\\x{1F600}", "\uD83D\uDE00")).isTrue();
    assertThat(finds("\\a\\f", "\u0007\f")).isTrue();
  }

  @Test
  void posixClasses() {
    assertThat(finds("^[[:alpha:]]+$", "abc")).isTrue();
    assertThat(finds("^[[:digit:]]+$", "abc")).isFalse();
    assertThat(finds("^[[:^digit:]]+$", "abc")).isTrue();
    assertThat(finds("^[[:word:]]+$", "a_1")).isTrue();
  }

  @Test
  void bracketsAndAmpersandsAreLiteralInsideAClass() {
    assertThat(finds("^[a[]+$", "a[a")).isTrue();
    assertThat(finds("^[a&&b]+$", "a&b")).isTrue();
    assertThat(finds("^[]a]+$", "]a")).isTrue();
    assertThat(finds("^[^]a]+$", "bc")).isTrue();
  }

  @Test
  void braceThatIsNotARepeatIsLiteral() {
    assertThat(finds("a{", "a{")).isTrue();
    assertThat(finds("a{x}", "a{x}")).isTrue();
    assertThat(finds("a{,2}", "a{,2}")).isTrue();
    assertThat(finds("^a{2}$", "aa")).isTrue();
    assertThat(finds("^a{2,}?$", "aaa")).isTrue();
  }

  @Test
  void lazyRepetition() {
    com.google.re2j.Matcher matcher = GoRegex.compile("a+?").pattern().matcher("aaa");
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    assertThat(found).isEqualTo(3);
  }

  @Test
  void groupsWithAndWithoutFlags() {
    assertThat(finds("^(?:ab)+$", "abab")).isTrue();
    assertThat(finds("^(?i:A)b$", "ab")).isTrue();
    assertThat(finds("^(?i:A)b$", "aB")).isFalse();
    assertThat(finds("(?i)a(?-i)b", "Ab")).isTrue();
    assertThat(finds("(?i)a(?-i)b", "AB")).isFalse();
    assertThat(finds("^(?)a$", "a")).isTrue();
    assertThat(finds("^(a)(b)$", "ab")).isTrue();
  }

  @Test
  void namedGroups() {
    assertThat(finds("(?P<first_name>a)b", "ab")).isTrue();
    assertThat(finds("(?<n>a)b", "ab")).isTrue();
  }

  @Test
  void unicodeClassesAndScripts() {
    assertThat(finds("^\\pL+$", "été")).isTrue();
    assertThat(finds("^\\p{Greek}+$", "αβγ")).isTrue();
    assertThat(finds("^\\p{^Greek}+$", "abc")).isTrue();
    assertThat(finds("^\\PL+$", "123")).isTrue();
    assertThat(finds("^\\p{Any}$", "\uD83D\uDE00")).isTrue();
  }

  @Test
  void quotedText() {
    assertThat(finds("\\Qa.b\\E", "a.b")).isTrue();
    assertThat(finds("\\Qa.b\\E", "axb")).isFalse();
    assertThat(finds("x\\Q*", "x*")).isTrue();
  }

  @Test
  void printsAsItsGoSource() {
    assertThat(GoRegex.compile("a$").toString()).isEqualTo("a$");
    assertThat(GoRegex.compile("a$").source()).isEqualTo("a$");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", value = {
      "^[a-z0-9-]+$      => my-task-1  => true",
      "^[a-z0-9-]+$      => My_Task    => false",
      "^\\d+$          => 12345      => true",
      "^(foo|bar)$       => bar        => true",
      "^(foo|bar)$       => foobar     => false",
      "^[^abc]+$         => xyz        => true",
      "^a\\.b$         => a.b        => true",
      "^a\\.b$         => axb        => false",
      "^x{2,3}$          => xxx        => true",
      "^x{2,3}$          => xxxx       => false",
      "^\\\\$        => \\       => true",
      "^.*$              => anything   => true",
      "Succeeded|Failed  => Failed     => true",
      "^\\w+@\\w+$   => me@there   => true",
      "^[\\d.]+$       => 1.2.3      => true",
  })
  void commonPatterns(String pattern, String text, boolean found) {
    assertThat(finds(pattern, text)).isEqualTo(found);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "a(?=b)     | invalid or unsupported Perl syntax: `(?=`",
      "a(?!b)     | invalid or unsupported Perl syntax: `(?!`",
      "(?<=a)b    | invalid named capture: `(?<=a)b`",
      "(?>a)      | invalid or unsupported Perl syntax: `(?>`",
      "(a)\\1     | invalid escape sequence: `\\1`",
      "a*+        | invalid nested repetition operator: `*+`",
      "a**        | invalid nested repetition operator: `**`",
      "a{2}{3}    | invalid nested repetition operator: `{2}{3}`",
      "a*??       | invalid nested repetition operator: `*??`",
      "a{1001}    | invalid repeat count: `{1001}`",
      "a{3,2}     | invalid repeat count: `{3,2}`",
      "\\h        | invalid escape sequence: `\\h`",
      "\\Z        | invalid escape sequence: `\\Z`",
      "\\8        | invalid escape sequence: `\\8`",
      "[\\b]      | invalid escape sequence: `\\b`",
      "\\xZZ      | invalid escape sequence: `\\xZZ`",
      "\\x{110000} | invalid escape sequence: `\\x{110000`",
      "[[:foo:]]  | invalid character class range: `[:foo:]`",
      "(?x)a      | invalid or unsupported Perl syntax: `(?x`",
      "(?i-)a     | invalid or unsupported Perl syntax: `(?i-)`",
      "(?-)a      | invalid or unsupported Perl syntax: `(?-)`",
      "(?i-m-s)a  | invalid or unsupported Perl syntax: `(?i-m-`",
      "(?P<a-b>x) | invalid named capture: `(?P<a-b>`",
      "(a         | missing closing ): `(a`",
      "a)         | unexpected ): `a)`",
      "(a))b      | unexpected ): `(a))b`",
      "[a         | missing closing ]: `[a`",
      "*a         | missing argument to repetition operator: `*`",
      "[z-a]      | invalid character class range: `z-a`",
      "\\p{NotAScript} | invalid character class range: `\\p{NotAScript}`",
  })
  void refusesWhatGoRefuses(String pattern, String problem) {
    assertThat(problem(pattern)).isEqualTo("error parsing regexp: " + problem);
  }

  @Test
  void trailingBackslash() {
    assertThat(problem("a\\")).isEqualTo("error parsing regexp: trailing backslash at end of expression");
  }

  @Test
  void ungreedyFlagSwapsGreedyAndLazy() {
    com.google.re2j.Matcher matcher = GoRegex.compile("(?U)a+").pattern().matcher("aaa");
    assertThat(matcher.find()).isTrue();
    assertThat(matcher.group()).isEqualTo("a");
  }

  @Test
  void linearTimeOnWhatBacktrackingEnginesTakeForever() {
    assertThat(finds("^(a+)+$", "a".repeat(5_000) + "b")).isFalse();
  }
}
