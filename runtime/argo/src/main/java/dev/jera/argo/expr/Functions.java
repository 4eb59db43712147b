package dev.jera.argo.expr;

import dev.jera.argo.go.GoValues;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The functions of Argo's expression environment ({@code util/expr/env/env.go}) that Jera evaluates:
 * Argo's {@code asInt}, {@code asFloat}, {@code toJson} and {@code jsonpath}; expr's builtins (the
 * closures {@code filter}, {@code map}, {@code all}, {@code any}, {@code none}, {@code one}, {@code count}
 * are {@link ExprEvaluator}'s); sprig's ({@code sprig.add}, …) with sprig's lenient conversions. Also the
 * names of every function Argo has, so that a checker can tell one Jera does not evaluate from a typo.
 */
final class Functions {
  /** Argo's own, and expr's builtins Jera evaluates. */
  static final Set<String> PLAIN = Set.of("asInt", "asFloat", "toJson", "jsonpath",
      "int", "float", "string", "len", "upper", "lower", "trim", "trimPrefix", "trimSuffix", "abs", "split", "join",
      "replace", "repeat", "indexOf", "hasPrefix", "hasSuffix", "keys", "values", "first", "last", "toJSON",
      "fromJSON", "toBase64", "fromBase64", "now", "duration", "max", "min",
      "filter", "map", "all", "any", "none", "one", "count");
  /** sprig's that Jera evaluates, without the {@code sprig.} prefix. */
  static final Set<String> SPRIG = Set.of("add", "add1", "sub", "mul", "div", "mod", "max", "min", "b64enc",
      "b64dec", "upper", "lower", "trim", "replace", "toString", "date", "default", "toJson", "fromJson");
  /** The Go methods of durations and times Jera evaluates. */
  static final Set<String> METHODS = Set.of("Seconds", "Minutes", "Hours", "Milliseconds", "Nanoseconds", "Unix", "Year");
  /** Every function Jera evaluates, sprig's written {@code sprig.name}. */
  static final Set<String> NAMES;

  /** expr's builtins ({@code builtin/builtin.go}, v1.17). */
  static final Set<String> EXPR_BUILTINS = Set.of("all", "none", "any", "one", "filter", "map", "find", "findIndex",
      "findLast", "findLastIndex", "count", "sum", "groupBy", "sortBy", "reduce", "len", "type", "abs", "ceil",
      "floor", "round", "int", "float", "string", "trim", "trimPrefix", "trimSuffix", "upper", "lower", "split",
      "splitAfter", "replace", "repeat", "join", "indexOf", "lastIndexOf", "hasPrefix", "hasSuffix", "max", "min",
      "mean", "median", "toJSON", "fromJSON", "toBase64", "fromBase64", "now", "duration", "date", "timezone",
      "first", "last", "get", "take", "keys", "values", "toPairs", "fromPairs", "sort", "reverse", "uniq",
      "concat", "flatten", "bitand", "bitor", "bitxor", "bitnand", "bitnot", "bitshl", "bitshr", "bitushr");
  /** sprig's {@code GenericFuncMap} (v3), without {@code env} and {@code expandenv}, which Argo removes. */
  static final Set<String> SPRIG_ALL = Set.of("hello", "ago", "date", "date_in_zone", "date_modify", "dateInZone",
      "dateModify", "duration", "durationRound", "htmlDate", "htmlDateInZone", "must_date_modify", "mustDateModify",
      "mustToDate", "now", "toDate", "unixEpoch", "abbrev", "abbrevboth", "trunc", "trim", "upper", "lower", "title",
      "untitle", "substr", "repeat", "trimall", "trimAll", "trimSuffix", "trimPrefix", "nospace", "initials",
      "randAlphaNum", "randAlpha", "randAscii", "randNumeric", "swapcase", "shuffle", "snakecase", "camelcase",
      "kebabcase", "wrap", "wrapWith", "contains", "hasPrefix", "hasSuffix", "quote", "squote", "cat", "indent",
      "nindent", "replace", "plural", "sha1sum", "sha256sum", "sha512sum", "adler32sum", "toString", "atoi", "int64",
      "int", "float64", "seq", "toDecimal", "split", "splitList", "splitn", "toStrings", "until", "untilStep", "add1",
      "add", "sub", "div", "mod", "mul", "randInt", "add1f", "addf", "subf", "divf", "mulf", "biggest", "max", "min",
      "maxf", "minf", "ceil", "floor", "round", "join", "sortAlpha", "default", "empty", "coalesce", "all", "any",
      "compact", "mustCompact", "fromJson", "toJson", "toPrettyJson", "toRawJson", "mustFromJson", "mustToJson",
      "mustToPrettyJson", "mustToRawJson", "ternary", "deepCopy", "mustDeepCopy", "typeOf", "typeIs", "typeIsLike",
      "kindOf", "kindIs", "deepEqual", "getHostByName", "base", "dir", "clean", "ext", "isAbs", "osBase", "osClean",
      "osDir", "osExt", "osIsAbs", "b64enc", "b64dec", "b32enc", "b32dec", "tuple", "list", "dict", "get", "set",
      "unset", "hasKey", "pluck", "keys", "pick", "omit", "merge", "mergeOverwrite", "mustMerge",
      "mustMergeOverwrite", "values", "append", "push", "mustAppend", "mustPush", "prepend", "mustPrepend", "first",
      "mustFirst", "rest", "mustRest", "last", "mustLast", "initial", "mustInitial", "reverse", "mustReverse", "uniq",
      "mustUniq", "without", "mustWithout", "has", "mustHas", "slice", "mustSlice", "concat", "dig", "chunk",
      "mustChunk", "bcrypt", "htpasswd", "genPrivateKey", "derivePassword", "buildCustomCert", "genCA",
      "genCAWithKey", "genSelfSignedCert", "genSelfSignedCertWithKey", "genSignedCert", "genSignedCertWithKey",
      "encryptAES", "decryptAES", "randBytes", "uuidv4", "semver", "semverCompare", "fail", "regexMatch",
      "mustRegexMatch", "regexFindAll", "mustRegexFindAll", "regexFind", "mustRegexFind", "regexReplaceAll",
      "mustRegexReplaceAll", "regexReplaceAllLiteral", "mustRegexReplaceAllLiteral", "regexSplit", "mustRegexSplit",
      "regexQuoteMeta", "urlParse", "urlJoin");

  static {
    Set<String> names = new TreeSet<>(PLAIN);
    SPRIG.forEach(name -> names.add("sprig." + name));
    NAMES = Set.copyOf(names);
  }

  private static final Pattern GO_FLOAT = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GO_DURATION = Pattern.compile("([0-9]*\\.?[0-9]+)(ns|us|µs|ms|s|m|h)");

  private Functions() {}

  /** Whether Argo's environment has a function of this name ({@code sprig.x} for sprig's). */
  static boolean exists(String function) {
    return function.startsWith("sprig.")
        ? SPRIG_ALL.contains(function.substring("sprig.".length()))
        : EXPR_BUILTINS.contains(function) || PLAIN.contains(function);
  }

  /** Refuses a function Jera does not evaluate, before its arguments are. */
  static void check(String function) {
    if (!NAMES.contains(function)) {
      throw new IllegalArgumentException(exists(function)
          ? "Jera does not evaluate " + function + " (Argo does)"
          : "unknown func " + function);
    }
  }

  static Object call(String function, List<Object> arguments) {
    check(function);
    if (function.startsWith("sprig.")) {
      return sprig(function.substring("sprig.".length()), arguments);
    }
    switch (function) {
      case "now":
        count(function, arguments, 0);
        return Instant.now();
      case "jsonpath": {
        count(function, arguments, 2);
        if (!(arguments.get(0) instanceof String json) || !(arguments.get(1) instanceof String path)) {
          throw new IllegalArgumentException("jsonpath takes a JSON string and a path (got " + ExprEvaluator.type(arguments.get(0))
              + " and " + ExprEvaluator.type(arguments.get(1)) + ")");
        }
        return JsonPath.query(path, JsonValues.parse(json));
      }
      case "toJson":
        count(function, arguments, 1);
        return JsonValues.write(arguments.get(0), false);
      case "toJSON":
        count(function, arguments, 1);
        return JsonValues.write(arguments.get(0), true);
      case "fromJSON":
        count(function, arguments, 1);
        return JsonValues.parse(string(function, arguments.get(0)));
      case "max", "min":
        return extreme(function, arguments);
      case "split":
        count(function, arguments, 2);
        return List.copyOf(splitGo(string(function, arguments.get(0)), string(function, arguments.get(1))));
      case "join": {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof List<?> list)) {
          throw new IllegalArgumentException("join takes an array and an optional separator");
        }
        String separator = arguments.size() == 2 ? string(function, arguments.get(1)) : "";
        List<String> parts = new ArrayList<>();
        for (Object element : list) {
          parts.add(string(function, element));
        }
        return String.join(separator, parts);
      }
      case "replace":
        count(function, arguments, 3);
        return string(function, arguments.get(0)).replace(string(function, arguments.get(1)), string(function, arguments.get(2)));
      case "repeat":
        count(function, arguments, 2);
        return string(function, arguments.get(0)).repeat((int) (long) (Long) arguments.get(1));
      case "indexOf":
        count(function, arguments, 2);
        return (long) string(function, arguments.get(0)).indexOf(string(function, arguments.get(1)));
      case "hasPrefix", "hasSuffix", "trimPrefix", "trimSuffix": {
        count(function, arguments, 2);
        String text = string(function, arguments.get(0));
        String part = string(function, arguments.get(1));
        return switch (function) {
          case "hasPrefix" -> text.startsWith(part);
          case "hasSuffix" -> text.endsWith(part);
          case "trimPrefix" -> text.startsWith(part) ? text.substring(part.length()) : text;
          default -> text.endsWith(part) ? text.substring(0, text.length() - part.length()) : text;
        };
      }
      default:
        break;
    }
    count(function, arguments, 1);
    return one(function, arguments.get(0));
  }

  private static Object one(String function, Object value) {
    switch (function) {
      case "asInt", "int":
        if (value instanceof Long || value instanceof Double) {
          return ((Number) value).longValue();
        }
        if (value instanceof String text) {
          try {
            return Long.parseLong(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid operation: int(\"" + text + "\")");
          }
        }
        throw new IllegalArgumentException("invalid operation: int(" + ExprEvaluator.type(value) + ")");
      case "asFloat", "float":
        if (value instanceof Long || value instanceof Double) {
          return ((Number) value).doubleValue();
        }
        if (value instanceof String text) {
          if (!GO_FLOAT.matcher(text).matches()) {
            throw new IllegalArgumentException("invalid operation: float(\"" + text + "\")");
          }
          return Double.parseDouble(text);
        }
        throw new IllegalArgumentException("invalid operation: float(" + ExprEvaluator.type(value) + ")");
      case "string":
        return value instanceof String ? value : GoValues.format(value);
      case "len":
        if (value instanceof String text) {
          return (long) text.getBytes(StandardCharsets.UTF_8).length;
        }
        if (value instanceof List<?> list) {
          return (long) list.size();
        }
        if (value instanceof Map<?, ?> map) {
          return (long) map.size();
        }
        throw new IllegalArgumentException("invalid argument for len (type " + ExprEvaluator.type(value) + ")");
      case "abs":
        if (value instanceof Long number) {
          return Math.abs(number);
        }
        if (value instanceof Double number) {
          return Math.abs(number);
        }
        throw new IllegalArgumentException("invalid argument for abs (type " + ExprEvaluator.type(value) + ")");
      case "keys", "values": {
        if (!(value instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException("cannot get " + function + " from " + ExprEvaluator.type(value));
        }
        List<Object> out = new ArrayList<>();
        new TreeSet<>(map.keySet().stream().map(String::valueOf).toList())
            .forEach(key -> out.add(function.equals("keys") ? key : map.get(key)));
        return out;
      }
      case "first", "last": {
        if (!(value instanceof List<?> list)) {
          throw new IllegalArgumentException("cannot get " + function + " from " + ExprEvaluator.type(value));
        }
        return list.isEmpty() ? null : list.get(function.equals("first") ? 0 : list.size() - 1);
      }
      case "toBase64":
        return Base64.getEncoder().encodeToString(string(function, value).getBytes(StandardCharsets.UTF_8));
      case "fromBase64":
        try {
          return new String(Base64.getDecoder().decode(string(function, value)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("illegal base64 data: " + e.getMessage());
        }
      case "duration":
        return duration(string(function, value));
      default:
        String text = string(function, value);
        return function.equals("upper") ? text.toUpperCase(Locale.ROOT)
            : function.equals("lower") ? text.toLowerCase(Locale.ROOT)
            : text.strip();
    }
  }

  /** A Go method of a value: a duration's {@code Seconds}, {@code Minutes}, {@code Hours}, a time's {@code Unix}. */
  static Object method(Object value, String method) {
    if (value instanceof Duration duration) {
      double nanos = duration.toNanos();
      switch (method) {
        case "Seconds":
          return nanos / 1e9;
        case "Minutes":
          return nanos / 6e10;
        case "Hours":
          return nanos / 3.6e12;
        case "Milliseconds":
          return duration.toMillis();
        case "Nanoseconds":
          return duration.toNanos();
        default:
          break;
      }
    }
    if (value instanceof Instant time) {
      switch (method) {
        case "Unix":
          return time.getEpochSecond();
        case "Year":
          return (long) time.atZone(java.time.ZoneOffset.UTC).getYear();
        default:
          break;
      }
    }
    throw new IllegalArgumentException("type " + ExprEvaluator.type(value) + " has no method " + method
        + " that Jera evaluates");
  }

  // --- sprig ---

  private static Object sprig(String name, List<Object> arguments) {
    switch (name) {
      case "add":
      case "mul": {
        long result = name.equals("add") ? 0 : 1;
        for (Object argument : arguments) {
          long value = toInt64(argument);
          result = name.equals("add") ? result + value : result * value;
        }
        return result;
      }
      case "add1":
        count("sprig.add1", arguments, 1);
        return toInt64(arguments.get(0)) + 1;
      case "sub", "div", "mod": {
        count("sprig." + name, arguments, 2);
        long a = toInt64(arguments.get(0));
        long b = toInt64(arguments.get(1));
        if (!name.equals("sub") && b == 0) {
          throw new IllegalArgumentException("runtime error: integer divide by zero");
        }
        return name.equals("sub") ? a - b : name.equals("div") ? a / b : a % b;
      }
      case "max", "min": {
        if (arguments.isEmpty()) {
          throw new IllegalArgumentException("sprig." + name + " takes at least one argument");
        }
        long result = toInt64(arguments.get(0));
        for (Object argument : arguments.subList(1, arguments.size())) {
          long value = toInt64(argument);
          result = name.equals("max") ? Math.max(result, value) : Math.min(result, value);
        }
        return result;
      }
      case "b64enc":
        count("sprig.b64enc", arguments, 1);
        return Base64.getEncoder().encodeToString(toStringSprig(arguments.get(0)).getBytes(StandardCharsets.UTF_8));
      case "b64dec":
        count("sprig.b64dec", arguments, 1);
        try {
          return new String(Base64.getDecoder().decode(toStringSprig(arguments.get(0))), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return "illegal base64 data at input byte 0"; // sprig returns the error's text as the value
        }
      case "upper", "lower", "trim":
        count("sprig." + name, arguments, 1);
        return one(name, toStringSprig(arguments.get(0)));
      case "replace":
        count("sprig.replace", arguments, 3);
        return toStringSprig(arguments.get(2)).replace(toStringSprig(arguments.get(0)), toStringSprig(arguments.get(1)));
      case "toString":
        count("sprig.toString", arguments, 1);
        return toStringSprig(arguments.get(0));
      case "toJson":
        count("sprig.toJson", arguments, 1);
        return JsonValues.write(arguments.get(0), false);
      case "fromJson":
        count("sprig.fromJson", arguments, 1);
        try {
          return JsonValues.parse(toStringSprig(arguments.get(0)));
        } catch (IllegalArgumentException e) {
          return Map.of(); // sprig's fromJson gives an empty map for text that is not JSON
        }
      case "default": {
        if (arguments.size() != 2) {
          throw new IllegalArgumentException("sprig.default takes a default and a value");
        }
        Object given = arguments.get(1);
        return empty(given) ? arguments.get(0) : given;
      }
      case "date": {
        count("sprig.date", arguments, 2);
        Object date = arguments.get(1);
        // sprig's dateInZone: a time, or Unix seconds; anything else (a string included) means now.
        Instant time = date instanceof Instant instant ? instant
            : date instanceof Long seconds ? Instant.ofEpochSecond(seconds)
            : Instant.now();
        return GoTimeFormat.format(time, toStringSprig(arguments.get(0)));
      }
      default:
        throw new IllegalArgumentException("unknown func sprig." + name);
    }
  }

  /** sprig's {@code empty}: nil, false, 0, "" and empty collections. */
  private static boolean empty(Object value) {
    return value == null || Boolean.FALSE.equals(value) || value instanceof Long n && n == 0
        || value instanceof Double d && d == 0 || value instanceof String s && s.isEmpty()
        || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
  }

  /** {@code cast.ToInt64}, as sprig converts: floats truncated, strings parsed (0 when they are not a number). */
  static long toInt64(Object value) {
    if (value instanceof Long number) {
      return number;
    }
    if (value instanceof Double number) {
      return GoValues.toInt64(number);
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof String text) {
      try {
        return Long.decode(text.strip().isEmpty() ? "0" : text);
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  /** sprig's {@code toString}: {@code fmt.Sprintf("%v")} for what is not a string. */
  private static String toStringSprig(Object value) {
    return value instanceof String text ? text : value == null ? "<nil>" : GoValues.format(value);
  }

  private static Object extreme(String function, List<Object> arguments) {
    List<Object> values = arguments.size() == 1 && arguments.get(0) instanceof List<?> list ? new ArrayList<>(list) : arguments;
    if (values.isEmpty()) {
      throw new IllegalArgumentException("not enough arguments to call " + function);
    }
    Object best = null;
    for (Object value : values) {
      if (!(value instanceof Long || value instanceof Double)) {
        throw new IllegalArgumentException("invalid argument for " + function + " (type " + ExprEvaluator.type(value) + ")");
      }
      if (best == null) {
        best = value;
        continue;
      }
      double a = ((Number) value).doubleValue();
      double b = ((Number) best).doubleValue();
      if (function.equals("max") ? a > b : a < b) {
        best = value;
      }
    }
    return best;
  }

  private static List<String> splitGo(String text, String separator) {
    List<String> parts = new ArrayList<>();
    if (separator.isEmpty()) {
      text.codePoints().forEach(c -> parts.add(new String(Character.toChars(c))));
      return parts;
    }
    int from = 0;
    while (true) {
      int at = text.indexOf(separator, from);
      if (at < 0) {
        parts.add(text.substring(from));
        return parts;
      }
      parts.add(text.substring(from, at));
      from = at + separator.length();
    }
  }

  /** Go's {@code time.ParseDuration}: {@code 1h30m}, {@code 1.5s}, {@code -2m}. */
  static Duration duration(String text) {
    String rest = text;
    boolean negative = rest.startsWith("-");
    if (negative || rest.startsWith("+")) {
      rest = rest.substring(1);
    }
    if (rest.equals("0")) {
      return Duration.ZERO;
    }
    Matcher matcher = GO_DURATION.matcher(rest);
    double nanos = 0;
    int at = 0;
    while (at < rest.length()) {
      if (!matcher.find(at) || matcher.start() != at) {
        throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
      }
      double unit = switch (matcher.group(2)) {
        case "ns" -> 1;
        case "us", "µs" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 6e10;
        default -> 3.6e12;
      };
      nanos += Double.parseDouble(matcher.group(1)) * unit;
      at = matcher.end();
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("time: invalid duration \"" + text + "\"");
    }
    return Duration.ofNanos((long) (negative ? -nanos : nanos));
  }

  private static String string(String function, Object value) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("invalid argument for " + function + " (type " + ExprEvaluator.type(value) + ")");
  }

  private static void count(String function, List<Object> arguments, int expected) {
    if (arguments.size() != expected) {
      throw new IllegalArgumentException("invalid number of arguments for " + function + " (expected " + expected
          + ", got " + arguments.size() + ")");
    }
  }
}
