package dev.jera.processor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Independent YAML readers, to check that what Jera writes reads back the same everywhere:
 *
 * <ul>
 *   <li>SnakeYAML, a YAML 1.1 reader (what Jackson's YAML module and so Jera's own executor use);
 *   <li>snakeyaml-engine with the YAML 1.2 core schema;
 *   <li>Jackson's YAML module, as {@code ManifestReader} reads manifests;
 *   <li>the resolution rules of the readers that are not Java, written out here as their sources
 *       and specifications state them: Go's {@code gopkg.in/yaml.v2} ({@code resolve.go}, which
 *       {@code sigs.k8s.io/yaml}, and so Kubernetes and Argo, read manifests with) and the YAML 1.1
 *       type repository (yaml.org/type: bool, int, float, null, timestamp, merge, value), which PyYAML
 *       follows. A plain scalar must be a string under every one of them.
 * </ul>
 */
public final class YamlReaders {
  private static final ObjectMapper JACKSON = new ObjectMapper(new YAMLFactory());

  private YamlReaders() {}

  /** The document as SnakeYAML (YAML 1.1) reads it. */
  public static Object yaml11(String yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  /** The document as snakeyaml-engine reads it with YAML 1.2's core schema. */
  public static Object yaml12(String yaml) {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
  }

  /** The document as Jackson's YAML module reads it. */
  public static JsonNode jackson(String yaml) {
    try {
      return JACKSON.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every plain (unquoted) scalar of the document, in order. */
  public static List<String> plainScalars(String yaml) {
    List<String> plain = new ArrayList<>();
    for (Event event : new Yaml().parse(new StringReader(yaml))) {
      if (event instanceof ScalarEvent && ((ScalarEvent) event).isPlain()) {
        plain.add(((ScalarEvent) event).getValue());
      }
    }
    return plain;
  }

  /**
   * The plain scalars of the document that SnakeYAML takes for strings (numbers and booleans aside),
   * to check that no other reader takes them for something else.
   */
  public static List<String> plainStrings(String yaml) {
    List<String> plain = new ArrayList<>();
    collectPlainStrings(new Yaml().compose(new StringReader(yaml)), plain);
    return plain;
  }

  private static void collectPlainStrings(Node node, List<String> plain) {
    if (node instanceof ScalarNode) {
      ScalarNode scalar = (ScalarNode) node;
      if (scalar.isPlain() && scalar.getTag().equals(Tag.STR)) {
        plain.add(scalar.getValue());
      }
    } else if (node instanceof SequenceNode) {
      ((SequenceNode) node).getValue().forEach(element -> collectPlainStrings(element, plain));
    } else if (node instanceof MappingNode) {
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        collectPlainStrings(tuple.getKeyNode(), plain);
        collectPlainStrings(tuple.getValueNode(), plain);
      }
    }
  }

  /**
   * Which reader would take {@code plain}, written plainly, for something other than that string, and
   * as what; empty when every reader reads a string.
   */
  public static Optional<String> readAsOther(String plain) {
    Map<String, Optional<String>> readers = new LinkedHashMap<>();
    readers.put("Go's yaml.v2", GoYamlV2.resolve(plain));
    readers.put("YAML 1.1", Yaml11Types.resolve(plain));
    for (Map.Entry<String, Optional<String>> reader : readers.entrySet()) {
      if (reader.getValue().isPresent()) {
        return Optional.of(reader.getKey() + " reads it as " + reader.getValue().get());
      }
    }
    return Optional.empty();
  }

  /** {@code gopkg.in/yaml.v2}'s {@code resolve()} for an untagged plain scalar. */
  static final class GoYamlV2 {
    private static final Map<String, String> MAP = new LinkedHashMap<>();
    // yamlStyleFloat in resolve.go
    private static final Pattern YAML_STYLE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    // strconv.ParseInt(s, 0, 64) and ParseUint: Go's integer literal syntax with its base prefixes
    private static final Pattern GO_INT = Pattern.compile("[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)");
    // strconv.ParseFloat for what yaml.v2 hands it after a leading '.': decimal digits and an exponent
    private static final Pattern GO_DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    // parseTimestamp: the four layouts 2006-1-2T15:4:5.999999999Z07:00 (T or t), 2006-1-2 15:4:5.999999999, 2006-1-2
    private static final Pattern TIMESTAMP = Pattern.compile(
        "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
            + "(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})"
            + "| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\\.[0-9]+)?)?");

    static {
      for (String s : List.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
          "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF")) {
        MAP.put(s, "a bool");
      }
      for (String s : List.of("", "~", "null", "Null", "NULL")) {
        MAP.put(s, "null");
      }
      for (String s : List.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF")) {
        MAP.put(s, "a float");
      }
      MAP.put("<<", "a merge key");
    }

    static Optional<String> resolve(String in) {
      if (MAP.containsKey(in)) {
        return Optional.of(MAP.get(in));
      }
      char hint = in.charAt(0);
      if (hint == '.') {
        return GO_DOT_FLOAT.matcher(in).matches() ? Optional.of("a float") : Optional.empty();
      }
      if (hint == '+' || hint == '-' || (hint >= '0' && hint <= '9')) {
        if (TIMESTAMP.matcher(in).matches()) {
          return Optional.of("a timestamp");
        }
        String plain = in.replace("_", "");
        if (GO_INT.matcher(plain).matches() && fitsIn64Bits(plain)) {
          return Optional.of("an int");
        }
        if (YAML_STYLE_FLOAT.matcher(plain).matches() && Double.isFinite(Double.parseDouble(plain))) {
          return Optional.of("a float");
        }
      }
      return Optional.empty();
    }

    private static boolean fitsIn64Bits(String goInt) {
      String digits = goInt.replaceFirst("^[-+]", "");
      int radix = 10;
      if (digits.matches("0[xX].*")) {
        radix = 16;
        digits = digits.substring(2);
      } else if (digits.matches("0[oO].*")) {
        radix = 8;
        digits = digits.substring(2);
      } else if (digits.matches("0[bB].*")) {
        radix = 2;
        digits = digits.substring(2);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        radix = 8;
      }
      // ParseInt, then ParseUint for what is too large for int64.
      return new BigInteger(digits, radix).bitLength() <= 64;
    }
  }

  /** The YAML 1.1 type repository's regular expressions for implicit plain scalars. */
  static final class Yaml11Types {
    private static final Map<String, Pattern> TYPES = new LinkedHashMap<>();

    static {
      TYPES.put("a bool", Pattern.compile("y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"));
      TYPES.put("an int", Pattern.compile(
          "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"));
      TYPES.put("a float", Pattern.compile(
          "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*"
              + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"));
      TYPES.put("null", Pattern.compile("~|null|Null|NULL|"));
      TYPES.put("a timestamp", Pattern.compile(
          "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
              + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
              + "(\\.[0-9]*)?([ \\t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?"));
      TYPES.put("a merge key", Pattern.compile("<<"));
      TYPES.put("a value key", Pattern.compile("="));
    }

    static Optional<String> resolve(String in) {
      for (Map.Entry<String, Pattern> type : TYPES.entrySet()) {
        if (type.getValue().matcher(in).matches()) {
          return Optional.of(type.getKey());
        }
      }
      return Optional.empty();
    }
  }
}
