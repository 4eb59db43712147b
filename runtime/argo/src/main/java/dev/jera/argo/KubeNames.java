package dev.jera.argo;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The naming rules of Kubernetes and Argo. Each check returns a one-line message naming what is wrong
 * (the offending characters, the length, a bad first or last character) and how to fix it, often with
 * a corrected example; or empty when the name is valid.
 */
public final class KubeNames {
  private static final int LABEL_MAX = 63;
  private static final int SUBDOMAIN_MAX = 253;
  private static final int TEMPLATE_MAX = 128;

  private static final IntPredicate LOWER_ALNUM = c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  private static final IntPredicate ALNUM = c -> LOWER_ALNUM.test(c) || (c >= 'A' && c <= 'Z');
  private static final IntPredicate QUALIFIED_CHARS = c -> ALNUM.test(c) || c == '-' || c == '_' || c == '.';
  /** Kubernetes lets an environment variable start with anything it allows except a digit. */
  private static final IntPredicate ENV_START = c -> QUALIFIED_CHARS.test(c) && !(c >= '0' && c <= '9');
  private static final String EDGES = "start and end with a letter or digit";

  private static final NameRule LABEL = new NameRule("a DNS-1123 label",
      c -> LOWER_ALNUM.test(c) || c == '-', true, "use lowercase letters, digits and '-'",
      LOWER_ALNUM, LOWER_ALNUM, EDGES, LABEL_MAX, KubeNames::suggestLabel);
  private static final NameRule SUBDOMAIN = new NameRule("a DNS-1123 subdomain",
      c -> LOWER_ALNUM.test(c) || c == '-' || c == '.', true, "use lowercase letters, digits, '-' and '.'",
      LOWER_ALNUM, LOWER_ALNUM, EDGES, SUBDOMAIN_MAX, text -> suggestSubdomain(text, SUBDOMAIN_MAX));
  private static final NameRule QUALIFIED_NAME = new NameRule("a label name",
      QUALIFIED_CHARS, false, "use letters, digits, '-', '_' and '.'",
      ALNUM, ALNUM, EDGES, LABEL_MAX, s -> trimTo(replaceRuns(s, QUALIFIED_CHARS, '-'), ALNUM, LABEL_MAX));
  private static final NameRule PARAMETER = new NameRule("an Argo parameter name",
      c -> ALNUM.test(c) || c == '-' || c == '_', false, "use letters, digits, '-' and '_'",
      null, null, "", Integer.MAX_VALUE,
      s -> replaceRuns(s, c -> ALNUM.test(c) || c == '-' || c == '_', '_'));
  private static final NameRule TEMPLATE = new NameRule("an Argo template name",
      c -> ALNUM.test(c) || c == '-', false, "use letters, digits and '-'",
      ALNUM, null, "start with a letter or digit", TEMPLATE_MAX,
      s -> trimTo(replaceRuns(s, c -> ALNUM.test(c) || c == '-', '-'), ALNUM, TEMPLATE_MAX));
  private static final NameRule SECRET_KEY = new NameRule("a Secret or ConfigMap key",
      QUALIFIED_CHARS, false, "use letters, digits, '-', '_' and '.'",
      null, null, "", SUBDOMAIN_MAX, s -> stripLeadingDots(replaceRuns(s, QUALIFIED_CHARS, '_')));
  private static final NameRule ENV_VAR = new NameRule("an environment variable name",
      QUALIFIED_CHARS, false, "use letters, digits, '_', '-' and '.'",
      ENV_START, null, "start with a letter or '_'", Integer.MAX_VALUE, KubeNames::suggestEnvVar);
  private static final Pattern CAMEL_BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
  private static final String KEY_SHAPE = "a label key is an optional DNS prefix, '/', and a name, e.g. "
      + "\"example.com/team\" or \"team\"";

  private KubeNames() {}

  /**
   * A DNS-1123 label, as for most Kubernetes object names: lowercase letters, digits and {@code -},
   * starting and ending with a letter or digit, at most 63 characters.
   */
  public static Optional<String> dns1123Label(String name) {
    return LABEL.check(Objects.requireNonNull(name, "name"));
  }

  /**
   * A DNS-1123 subdomain, as for {@code metadata.name}: dot-separated DNS-1123 labels, at most 253
   * characters in all.
   */
  public static Optional<String> dns1123Subdomain(String name) {
    return dns1123Subdomain(name, SUBDOMAIN_MAX);
  }

  /**
   * A DNS-1123 subdomain of at most {@code maxLength} characters: for a name that something appends to
   * (Argo caps a Workflow's name at 63, a CronWorkflow's at 52), so that a long name is told the limit
   * that applies, not Kubernetes' 253 first and the tighter one on the next try.
   */
  public static Optional<String> dns1123Subdomain(String name, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength " + maxLength);
    }
    NameRule rule = maxLength == SUBDOMAIN_MAX
        ? SUBDOMAIN
        : SUBDOMAIN.limitedTo(maxLength, text -> suggestSubdomain(text, maxLength));
    Optional<String> problem = rule.check(Objects.requireNonNull(name, "name"));
    if (problem.isPresent()) {
      return problem;
    }
    // The characters and the two ends are fine; what is left is the shape around each dot.
    String fault = name.contains("..") ? "has two dots in a row"
        : name.contains(".-") || name.contains("-.") ? "has '-' next to '.'"
        : null;
    if (fault == null) {
      return Optional.empty();
    }
    return Optional.of(Wording.quote(name) + " " + fault
        + "; start and end each dot-separated part with a letter or digit (e.g. "
        + Wording.quote(suggestSubdomain(name, maxLength)) + ")");
  }

  /**
   * A label or annotation key: an optional prefix that is a DNS-1123 subdomain, then {@code /}, then a
   * name of at most 63 letters, digits, {@code -}, {@code _} and {@code .} that starts and ends with a
   * letter or digit.
   */
  public static Optional<String> labelKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      return Optional.of("a label key cannot be empty; " + KEY_SHAPE);
    }
    int slash = key.indexOf('/');
    if (slash != key.lastIndexOf('/')) {
      return Optional.of(Wording.quote(key) + " has more than one '/'; " + KEY_SHAPE);
    }
    if (slash < 0) {
      return QUALIFIED_NAME.check(key);
    }
    String prefix = key.substring(0, slash);
    String name = key.substring(slash + 1);
    if (prefix.isEmpty()) {
      return Optional.of(Wording.quote(key) + " has nothing before '/'; drop the '/' or put a DNS prefix"
          + " before it, e.g. \"example.com" + key + "\"");
    }
    Optional<String> problem = dns1123Subdomain(prefix);
    if (problem.isPresent()) {
      return problem.map(p -> "label key prefix " + p);
    }
    if (name.isEmpty()) {
      return Optional.of(Wording.quote(key) + " has nothing after '/'; add a name, e.g. "
          + Wording.quote(key + "team"));
    }
    return QUALIFIED_NAME.check(name).map(p -> "label key name " + p);
  }

  /**
   * A label value: empty, or at most 63 letters, digits, {@code -}, {@code _} and {@code .} that start
   * and end with a letter or digit.
   */
  public static Optional<String> labelValue(String value) {
    Objects.requireNonNull(value, "value");
    return value.isEmpty() ? Optional.empty() : QUALIFIED_NAME.check(value);
  }

  /**
   * An Argo parameter or artifact name ({@code ^[-a-zA-Z0-9_]+$}); Argo sets no length limit.
   */
  public static Optional<String> argoParameterName(String name) {
    return PARAMETER.check(Objects.requireNonNull(name, "name"));
  }

  /**
   * An Argo template, step or task name ({@code ^[a-zA-Z0-9][-a-zA-Z0-9]*$}), at most 128 characters.
   * Unlike a DNS label it may contain uppercase letters and end with {@code -}.
   */
  public static Optional<String> argoTemplateName(String name) {
    return TEMPLATE.check(Objects.requireNonNull(name, "name"));
  }

  /**
   * A key in a Secret or ConfigMap: letters, digits, {@code -}, {@code _} and {@code .}, at most 253
   * characters, and not {@code .}, {@code ..} or anything starting with {@code ..}.
   */
  public static Optional<String> secretKey(String key) {
    Optional<String> problem = SECRET_KEY.check(Objects.requireNonNull(key, "key"));
    return problem.isPresent() ? problem : dotProblem(key);
  }

  /**
   * An environment variable name as Kubernetes validates it: letters, digits, {@code _}, {@code -} and
   * {@code .}, not starting with a digit, and not {@code .}, {@code ..} or anything starting with
   * {@code ..}.
   */
  public static Optional<String> envVarName(String name) {
    Optional<String> problem = ENV_VAR.check(Objects.requireNonNull(name, "name"));
    return problem.isPresent() ? problem : dotProblem(name);
  }

  /**
   * Turns arbitrary text into a DNS-1123 label for use in hints: accents dropped, camelCase split into
   * words, lower-cased, each run of other characters replaced by {@code -}, trimmed of {@code -} at the
   * ends and cut to 63 characters. {@code "Currency_ETL"} becomes {@code "currency-etl"} and
   * {@code "fetchData"} becomes {@code "fetch-data"}.
   *
   * @return a valid label, or the empty string when {@code text} has no letter or digit at all
   */
  public static String suggestLabel(String text) {
    return trimTo(kebab(Objects.requireNonNull(text, "text")), LOWER_ALNUM, LABEL_MAX);
  }

  /** Lower-case words joined by '-', with camelCase split: the body of a label, of any length. */
  private static String kebab(String text) {
    String words = CAMEL_BOUNDARY.matcher(Wording.withoutAccents(text)).replaceAll("-");
    String dashed = replaceRuns(words.toLowerCase(Locale.ROOT), LOWER_ALNUM, '-');
    return trimTo(dashed, LOWER_ALNUM, Integer.MAX_VALUE);
  }

  private static String suggestSubdomain(String text, int maxLength) {
    String joined = Arrays.stream(text.split("\\.", -1))
        .map(KubeNames::kebab)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining("."));
    return trimTo(joined, LOWER_ALNUM, maxLength);
  }

  private static String suggestEnvVar(String text) {
    String name = replaceRuns(text, c -> ALNUM.test(c) || c == '_', '_');
    return !name.isEmpty() && Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  private static Optional<String> dotProblem(String name) {
    if (name.equals(".") || name.equals("..")) {
      return Optional.of(Wording.quote(name) + " is not allowed on its own; use a name with letters or digits");
    }
    if (name.startsWith("..")) {
      return Optional.of(Wording.quote(name) + " starts with '..'; drop the leading dots (e.g. "
          + Wording.quote(stripLeadingDots(name)) + ")");
    }
    return Optional.empty();
  }

  /** Replaces each run of characters {@code keep} rejects by one {@code with}, after dropping accents. */
  private static String replaceRuns(String text, IntPredicate keep, char with) {
    StringBuilder b = new StringBuilder();
    boolean inRun = false;
    String plain = Wording.withoutAccents(text);
    for (int i = 0; i < plain.length(); i += Character.charCount(plain.codePointAt(i))) {
      int cp = plain.codePointAt(i);
      if (keep.test(cp)) {
        b.appendCodePoint(cp);
        inRun = false;
      } else if (!inRun) {
        b.append(with);
        inRun = true;
      }
    }
    return b.toString();
  }

  /** Cuts {@code text} to {@code max} characters and drops characters {@code edge} rejects from both ends. */
  private static String trimTo(String text, IntPredicate edge, int max) {
    String s = text.length() > max ? text.substring(0, max) : text;
    int start = 0;
    int end = s.length();
    while (start < end && !edge.test(s.charAt(start))) {
      start++;
    }
    while (end > start && !edge.test(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static String stripLeadingDots(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '.') {
      i++;
    }
    return text.substring(i);
  }
}
