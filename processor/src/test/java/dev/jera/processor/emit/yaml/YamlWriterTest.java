package dev.jera.processor.emit.yaml;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.processor.emit.argo.Manifest;
import dev.jera.processor.testing.YamlReaders;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link YamlWriter} writes byte for byte what SnakeYAML's event emitter wrote before it (kept as {@link
 * SnakeYamlEmitterOracle}), for random trees of odd strings and for every record of {@code emit/argo}, each
 * of which lists every one of its components as a property; and what it writes reads back as the same data
 * under YAML 1.1 and 1.2 readers.
 */
class YamlWriterTest {
  private static final ObjectMapper TREES = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Pieces of strings that YAML treats specially somewhere. */
  private static final String[] PIECES = {
    "0", "1", "07", "x", "e", "_", ".", ":", ": ", " :", "-", "- ", "+", "?", "? ", "inf", ".nan", "y", "no", "Yes", "true",
    "null", "~", "<<", "=", " ", "  ", "\t", "\n", "\n\n", "\r", "#", " #", "'", "\"", "\\", "[", "]", "{", "}", ",", "&",
    "*", "!", "|", ">", "%", "@", "`", "---", "...", "\u0000", "\u007f", "\u0085", "\u00a0", "\u2028", "\u2029",
    "\ufeff", "\ud83d\ude00", "\ud800", "é", "ü", "a", "Z", "2024-01-31", "0x1F", "1e3", "abc",
  };

  private final Random random = new Random(20261207);

  @Test
  void writesWhatSnakeYamlsEmitterWroteForRandomTrees() {
    for (int i = 0; i < 3_000; i++) {
      JsonNode tree = randomObject(0, true);
      String expected = SnakeYamlEmitterOracle.write(tree);
      assertWithMessage("tree %s", tree).that(YamlWriter.write(tree)).isEqualTo(expected);
      Object plainJava = strippedDecimals(TREES.convertValue(tree, Object.class));
      assertWithMessage("maps and lists of %s", tree).that(YamlWriter.write(plainJava))
          .isEqualTo(SnakeYamlEmitterOracle.write(TREES.valueToTree(plainJava)));
    }
  }

  /**
   * A tree's decimals as Jackson leaves them when it builds a tree of data ({@code 0.10} becomes {@code
   * 0.1}); manifests hold decimals in trees only (an item's JSON, read as ItemValues reads it).
   */
  private static Object strippedDecimals(Object data) {
    if (data instanceof BigDecimal) {
      return ((BigDecimal) data).stripTrailingZeros();
    }
    if (data instanceof List) {
      List<Object> list = new ArrayList<>();
      ((List<?>) data).forEach(element -> list.add(strippedDecimals(element)));
      return list;
    }
    if (data instanceof Map) {
      Map<Object, Object> map = new LinkedHashMap<>();
      ((Map<?, ?>) data).forEach((key, value) -> map.put(key, strippedDecimals(value)));
      return map;
    }
    return data;
  }

  @Test
  void writesItemsReadAsJsonAsBefore() throws IOException {
    JsonNode items = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree("[0.10, 100.0, 1e3, -0.0, 12345678901234567890, {\"a\": 2.50, \"n\": null, \"b\": [true, null, \"x: y\"]}, []]");
    Map<String, Object> step = Map.of("withItems", items);
    assertThat(YamlWriter.write(step)).isEqualTo(SnakeYamlEmitterOracle.write(TREES.valueToTree(step)));
  }

  @Test
  void writesKeysThatCannotBeSimpleKeysAsTheEmitterDid() {
    ObjectNode tree = NODES.objectNode();
    tree.put("k".repeat(127), "at the limit");
    tree.put("k".repeat(128), "over it");
    tree.put("é".repeat(125), "quoted, 127 characters with the quotes");
    tree.put("é".repeat(126), "quoted, 128");
    tree.put("", "empty");
    tree.put("two\nlines", "literal key");
    tree.put("two\n\"lines\" ", "double-quoted key");
    tree.putObject("a\nb").put("x", "z");
    tree.putArray("c\nd").add("x").addObject().put("p", "q");
    tree.putObject("{}").set("[]", NODES.arrayNode());
    String yaml = YamlWriter.write(tree);
    assertThat(yaml).isEqualTo(SnakeYamlEmitterOracle.write(tree));
    assertThat(yaml).contains("? |-\n  a\n  b\n: x: z\n");
    assertThat(YamlReaders.jackson(yaml)).isEqualTo(tree);
  }

  @Test
  void writesEveryArgoRecordAsTheEmitterWroteItsProperties() throws IOException, URISyntaxException {
    List<Class<?>> records = argoRecords();
    assertThat(records.size()).isGreaterThan(50);
    for (Class<?> type : records) {
      Object full = instance(type, 0);
      assertWithMessage("%s with every property", type.getName()).that(YamlWriter.write(full))
          .isEqualTo(SnakeYamlEmitterOracle.write(tree(full)));
      Object bare = bare(type);
      assertWithMessage("%s with none", type.getName()).that(YamlWriter.write(bare))
          .isEqualTo(SnakeYamlEmitterOracle.write(tree(bare)));
    }
  }

  /** A record that left a component out of its properties would leave it out of every manifest, silently. */
  @Test
  void everyArgoRecordListsEachOfItsComponentsOnce() throws IOException, URISyntaxException {
    for (Class<?> type : argoRecords()) {
      assertWithMessage("%s is a YamlMapping", type.getName()).that(YamlMapping.class.isAssignableFrom(type)).isTrue();
      Object full = instance(type, 0);
      List<String> names = new ArrayList<>();
      List<Object> listed = new ArrayList<>();
      ((YamlMapping) full).forEachProperty((name, value) -> {
        names.add(name);
        listed.add(value);
      });
      assertWithMessage("%s's property names", type.getName()).that(names).containsNoDuplicates();
      RecordComponent[] components = type.getRecordComponents();
      assertWithMessage("%s's properties %s", type.getName(), names).that(listed).hasSize(components.length);
      for (RecordComponent component : components) {
        // Strings and collections are made per component, so the same instance is this component's; reflection
        // boxes a primitive anew.
        Object value = read(component, full);
        boolean boxed = value instanceof Boolean || value instanceof Number;
        int at = 0;
        while (at < listed.size() && (boxed ? !value.equals(listed.get(at)) : listed.get(at) != value)) {
          at++;
        }
        boolean found = at < listed.size();
        if (found) {
          listed.remove(at);
        }
        assertWithMessage("%s.%s listed", type.getName(), component.getName()).that(found).isTrue();
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The Jackson tree of {@code data} as the writer walks it: a mapping's properties in order, its nulls left out. */
  private static JsonNode tree(Object data) {
    if (data instanceof YamlMapping) {
      ObjectNode node = NODES.objectNode();
      ((YamlMapping) data).forEachProperty((name, value) -> {
        if (value != null) {
          node.set(name, tree(value));
        }
      });
      return node;
    }
    if (data instanceof Map) {
      ObjectNode node = NODES.objectNode();
      ((Map<?, ?>) data).forEach((key, value) -> {
        if (value != null) {
          node.set(String.valueOf(key), tree(value));
        }
      });
      return node;
    }
    if (data instanceof List) {
      ArrayNode node = NODES.arrayNode();
      ((List<?>) data).forEach(element -> node.add(tree(element)));
      return node;
    }
    return TREES.valueToTree(data);
  }

  @Test
  void whatItWritesReadsBackAsTheSameData() {
    for (int i = 0; i < 2_000; i++) {
      JsonNode tree = randomObject(0, false);
      String yaml = YamlWriter.write(tree);
      Object data = TREES.convertValue(tree, Object.class);
      assertWithMessage("Jackson reading\n%s", yaml).that(YamlReaders.jackson(yaml)).isEqualTo(tree);
      assertWithMessage("snakeyaml-engine (YAML 1.2) reading\n%s", yaml).that(YamlReaders.yaml12(yaml)).isEqualTo(data);
      assertWithMessage("SnakeYAML (YAML 1.1) reading\n%s", yaml).that(YamlReaders.yaml11(yaml)).isEqualTo(data);
    }
  }

  @Test
  void aManifestReadsBackAsJacksonSeesIt() {
    Manifest manifest = (Manifest) instance(Manifest.class, 0);
    String yaml = YamlWriter.write(manifest);
    assertThat(YamlReaders.jackson(yaml)).isEqualTo(tree(manifest));
  }

  /**
   * A random mapping. {@code everything}: numbers, booleans, nulls and lone surrogates too (which do not
   * read back as themselves: the oracle only); else strings only, which must read back as they are.
   */
  private ObjectNode randomObject(int depth, boolean everything) {
    ObjectNode node = NODES.objectNode();
    for (int n = random.nextInt(4); n >= 0; n--) {
      node.set(randomString(everything, true), randomNode(depth + 1, everything));
    }
    return node;
  }

  private JsonNode randomNode(int depth, boolean everything) {
    int kind = random.nextInt(depth > 3 ? 3 : 6);
    if (everything && kind == 0) {
      switch (random.nextInt(7)) {
        case 0: return NODES.numberNode(random.nextInt(2000) - 1000);
        case 1: return NODES.numberNode(random.nextLong());
        case 2: return NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
        case 3: return NODES.numberNode(new BigDecimal("0.10"));
        case 4: return NODES.booleanNode(random.nextBoolean());
        case 5: return NODES.nullNode();
        default: return NODES.arrayNode();
      }
    }
    if (kind < 3) {
      return NODES.textNode(randomString(everything, false));
    }
    if (kind == 3) {
      return randomObject(depth, everything);
    }
    ArrayNode array = NODES.arrayNode();
    for (int n = random.nextInt(4); n > 0; n--) {
      array.add(randomNode(depth + 1, everything));
    }
    return array;
  }

  private String randomString(boolean everything, boolean key) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(6); n > 0; n--) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      if (everything || !piece.equals("\ud800")) {
        s.append(piece);
      }
    }
    if (random.nextInt(20) == 0) {
      s.append(String.valueOf(s.length() > 0 ? s : "x").repeat(40)); // long: keys of 128 characters or more
    }
    return key || random.nextBoolean() ? s.toString() : s.toString().trim();
  }

  /** Every record class compiled into {@code dev.jera.processor.emit.argo}, nested ones included. */
  private static List<Class<?>> argoRecords() throws IOException, URISyntaxException {
    Path folder = Path.of(Manifest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("dev/jera/processor/emit/argo");
    List<Class<?>> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class")) {
          try {
            Class<?> type = Class.forName("dev.jera.processor.emit.argo." + name.substring(0, name.length() - 6));
            if (type.isRecord()) {
              records.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return records;
  }

  /** {@code type} with every property set, records inside down to a few levels. */
  private static Object instance(Class<?> type, int depth) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = value(components[i].getGenericType(), components[i].getName(), depth + 1);
    }
    return construct(type, components, values);
  }

  /** {@code type} with no property set but its primitives. */
  private static Object bare(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> raw = components[i].getType();
      values[i] = raw == int.class ? 0 : raw == long.class ? 0L : raw == boolean.class ? false : null;
    }
    return construct(type, components, values);
  }

  private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
    try {
      Class<?>[] types = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot make a " + type, e);
    }
  }

  private static Object value(Type type, String name, int depth) {
    if (type instanceof WildcardType) {
      return "any-" + name;
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType generic = (ParameterizedType) type;
      Type[] arguments = generic.getActualTypeArguments();
      if (generic.getRawType() == List.class) {
        Object element = value(arguments[0], name, depth);
        return element == null ? List.of() : List.of(element);
      }
      Map<String, Object> map = new LinkedHashMap<>();
      Object element = value(arguments[1], name, depth);
      if (element != null) {
        map.put(name + "/key", element);
        map.put("second-" + name, element);
      }
      return map;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class || raw == Object.class) {
      return "v-" + name;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return true;
    }
    if (raw == Long.class || raw == long.class) {
      return 7L;
    }
    if (raw == Integer.class || raw == int.class) {
      return 3;
    }
    if (raw == Double.class) {
      return 0.25;
    }
    if (raw.isRecord()) {
      return depth > 6 ? null : instance(raw, depth);
    }
    throw new AssertionError("no value for a " + type + " (" + name + ")");
  }
}
