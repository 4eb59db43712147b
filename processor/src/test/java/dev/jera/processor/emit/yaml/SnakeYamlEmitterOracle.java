package dev.jera.processor.emit.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;

/**
 * The writer Jera's manifests were written with before {@link YamlWriter}, kept to check that one
 * against: a JSON tree through SnakeYAML's event emitter, each string with the style {@link YamlScalars}
 * picks asked for (a single-quoted string asked for as plain: the emitter single-quoted where YAML's
 * grammar needed it), double-quoted text outside printable ASCII quoted by {@link DoubleQuoted} and
 * passed through the emitter as a plain token of the same length.
 */
final class SnakeYamlEmitterOracle {
  private static final ImplicitTuple UNTAGGED = new ImplicitTuple(true, true);

  private final Emitter emitter;
  private final String tokenPrefix;
  private final Map<String, String> quoted = new LinkedHashMap<>();

  private SnakeYamlEmitterOracle(StringWriter out, String tokenPrefix) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    options.setSplitLines(false);
    this.emitter = new Emitter(out, options);
    this.tokenPrefix = tokenPrefix;
  }

  /** The YAML text of {@code root}. */
  static String write(JsonNode root) {
    // Strings Jera quotes itself go through the emitter as plain tokens, replaced afterwards; a token
    // that some string of the tree happens to contain is retried with a longer prefix.
    for (String prefix = "jeraq"; ; prefix += "q") {
      StringWriter out = new StringWriter();
      SnakeYamlEmitterOracle writer = new SnakeYamlEmitterOracle(out, prefix);
      try {
        writer.emit(new StreamStartEvent(null, null));
        writer.emit(new DocumentStartEvent(null, null, false, null, null));
        writer.node(root);
        writer.emit(new DocumentEndEvent(null, null, false));
        writer.emit(new StreamEndEvent(null, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String text = writer.fill(out.toString());
      if (text != null) {
        return text;
      }
    }
  }

  /** {@code text} with each token replaced by its quoted string; {@code null} if a token is not unique. */
  private String fill(String text) {
    for (Map.Entry<String, String> token : quoted.entrySet()) {
      int at = text.indexOf(token.getKey());
      if (at < 0 || text.indexOf(token.getKey(), at + 1) >= 0) {
        return null;
      }
      text = text.substring(0, at) + token.getValue() + text.substring(at + token.getKey().length());
    }
    return text;
  }

  private void node(JsonNode node) throws IOException {
    if (node.isObject()) {
      emit(new MappingStartEvent(null, null, true, null, null, FlowStyle.BLOCK));
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        string(field.getKey());
        node(field.getValue());
      }
      emit(new MappingEndEvent(null, null));
    } else if (node.isArray()) {
      emit(new SequenceStartEvent(null, null, true, null, null, FlowStyle.BLOCK));
      for (JsonNode element : node) {
        node(element);
      }
      emit(new SequenceEndEvent(null, null));
    } else if (node.isTextual()) {
      string(node.textValue());
    } else if (node.isNumber() || node.isBoolean() || node.isNull()) {
      emit(new ScalarEvent(null, null, UNTAGGED, node.asText(), null, null, ScalarStyle.PLAIN));
    } else {
      throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " as YAML");
    }
  }

  private void string(String value) throws IOException {
    ScalarStyle style = requested(YamlScalars.style(value));
    if (style == ScalarStyle.DOUBLE_QUOTED && !printableAscii(value)) {
      // SnakeYAML would use escapes only YAML 1.1 knows (\L, \P, \N, \_): write the quotes here. The
      // token is as long as the quoted text, so the emitter lays out keys as it would for the text.
      String text = DoubleQuoted.of(value);
      StringBuilder token = new StringBuilder(tokenPrefix).append(quoted.size()).append('q');
      while (token.length() < text.length()) {
        token.append('x');
      }
      quoted.put(token.toString(), text);
      emit(new ScalarEvent(null, null, UNTAGGED, token.toString(), null, null, ScalarStyle.PLAIN));
      return;
    }
    emit(new ScalarEvent(null, null, UNTAGGED, value, null, null, style));
  }

  private static ScalarStyle requested(YamlScalars.Style style) {
    switch (style) {
      case DOUBLE_QUOTED:
        return ScalarStyle.DOUBLE_QUOTED;
      case LITERAL:
        return ScalarStyle.LITERAL;
      default:
        return ScalarStyle.PLAIN;
    }
  }

  private static boolean printableAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 || c > 0x7e) && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private void emit(Event event) throws IOException {
    emitter.emit(event);
  }
}
