package dev.jera.local.manifest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads YAML (or JSON) from a Jackson parser, refusing what a lenient reading would change without a
 * word: an alias ({@code *a}, which Jackson hands over as the anchor's name instead of its value), a
 * key given twice in one map (the last would win), an explicit tag other than {@code !!str}
 * ({@code !!binary}, {@code !custom}, which Jackson drops or turns into other values). Each refusal is
 * a {@link Problem} naming the line.
 */
public final class StrictYaml {
  private static final Set<String> STRING_TAGS = Set.of("tag:yaml.org,2002:str", "!!str");
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final ObjectMapper TREES = new ObjectMapper();

  private StrictYaml() {}

  /** What cannot be read as written, and where: {@link #line()} is 1-based. */
  public static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    Problem(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /**
   * Checks the value at the parser's current token (an alias or a tag there is refused); call it for
   * each value, a map's own included.
   */
  public static void checkValue(JsonParser parser) throws IOException {
    if (!(parser instanceof YAMLParser)) {
      return;
    }
    YAMLParser yaml = (YAMLParser) parser;
    if (yaml.isCurrentAlias()) {
      throw new Problem(line(parser), "*" + yaml.getText()
          + " is an alias; aliases are not supported here: write the value out");
    }
    String tag = yaml.getTypeId();
    if (tag != null && !STRING_TAGS.contains(tag)) {
      throw new Problem(line(parser), "the tag " + tag + " is not supported here: write the value untagged");
    }
  }

  /**
   * Copies the value at the parser's current token (a scalar, or a whole map or list) to
   * {@code out}, checking every value in it and refusing a key given twice in one map.
   */
  public static void copy(JsonParser parser, JsonGenerator out) throws IOException {
    checkValue(parser);
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      out.writeStartObject();
      Set<String> names = new HashSet<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (!names.add(name)) {
          throw new Problem(line(parser), "the key '" + name + "' is given twice in one map");
        }
        out.writeFieldName(name);
        parser.nextToken();
        copy(parser, out);
      }
      out.writeEndObject();
    } else if (token == JsonToken.START_ARRAY) {
      out.writeStartArray();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        copy(parser, out);
      }
      out.writeEndArray();
    } else {
      out.copyCurrentEvent(parser);
    }
  }

  /**
   * The one document of {@code text} (YAML, or JSON, which is YAML too) as a tree, read strictly;
   * {@code null} for an empty text. A second document is refused as well.
   */
  public static JsonNode readTree(String text) throws JsonProcessingException {
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      TokenBuffer tree = new TokenBuffer(TREES, false);
      copy(parser, tree);
      if (parser.nextToken() != null) {
        throw new Problem(line(parser), "a second YAML document; only one is read");
      }
      return TREES.readTree(tree.asParser());
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the parser's current token. */
  public static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
