package dev.jera.local;

import dev.jera.argo.go.GoJson;
import dev.jera.runner.Results;
import dev.jera.runner.index.WorkflowIndex;
import dev.jera.runner.json.Json;
import dev.jera.runner.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value a test gives in place of a step's result ({@link LocalRun#stub}), checked against the type
 * the step returns when it is given, and encoded as the step's runner would print it. A value of
 * another type is refused with the step's name and its Java type as written in the source
 * ({@code List<Sale>}), never left to fail as a {@link ClassCastException} inside a run.
 */
final class StubResult {
  private static final Pattern CAST = Pattern.compile("class (\\S+) cannot be cast to class (\\S+)");

  private final String step;
  private final WorkflowIndex.Step declared;
  private final JsonCodec<?> codec;
  private final ClassLoader loader;

  /**
   * @param declared the step as the index describes it
   * @param codec the codec of its result (of one item's, for a step that fans out), or {@code null}
   *     when it has none ({@code void}, or a file)
   * @param loader where the step's types come from
   */
  StubResult(WorkflowIndex.Step declared, JsonCodec<?> codec, ClassLoader loader) {
    this.step = declared.name();
    this.declared = declared;
    this.codec = codec;
    this.loader = loader;
  }

  /**
   * {@code value} as the step's {@code outputs.result}: for a step that fans out, the JSON list of its
   * items' results.
   *
   * @throws IllegalArgumentException naming the step and its type when {@code value} is not one
   */
  String encode(Object value) {
    if (codec == null) {
      if (value != null) {
        throw refused(declared.returns().equals("void")
            ? "returns nothing (void): stub it with null"
            : "returns a file (" + DeclaredType.simpleName(declared.returns()) + "), which a stub cannot give: stub it"
                + " with null and give the steps that read it a copy with .artifact(STEP, INPUT, path)");
      }
      return "";
    }
    if (!declared.fansOut()) {
      checkClass(value, codec.typeName(), "the value given");
      return checked(value, codec.typeName(), "the value given", false);
    }
    // A step that fans out returns one result per item; the index holds the type of one.
    String listType = "List<" + codec.typeName() + ">";
    if (!(value instanceof List)) {
      throw refused("fans out: stub it with the " + listType + " of its items' results, not "
          + (value == null ? "null" : DeclaredType.article(DeclaredType.display(value.getClass()))));
    }
    List<String> results = new ArrayList<>();
    List<?> items = (List<?>) value;
    for (int i = 0; i < items.size(); i++) {
      String which = "item " + i + " of the list given";
      checkClass(items.get(i), listType, which);
      results.add(checked(items.get(i), listType, which, true));
    }
    return GoJson.aggregate(results);
  }

  /** Refuses a value whose class is not the one the step returns, when that class can be loaded. */
  private void checkClass(Object value, String type, String which) {
    if (value == null) {
      return;
    }
    Class<?> expected = DeclaredType.rawClass(declared.returns(), loader);
    if (expected != null && !expected.isInstance(value)) {
      throw refused("returns " + type + ", but " + which + " is "
          + DeclaredType.article(DeclaredType.display(value.getClass())));
    }
  }

  /** Encodes {@code value}, then reads it back, so a value the codec cannot take is refused now. */
  @SuppressWarnings("unchecked")
  private String checked(Object value, String type, String which, boolean item) {
    JsonCodec<Object> any = (JsonCodec<Object>) codec;
    String encoded;
    try {
      encoded = item ? Results.ofElement(value, any) : Results.of(value, any);
    } catch (ClassCastException e) {
      throw refused("returns " + type + ", but " + which + " holds " + misplaced(e));
    } catch (RuntimeException e) {
      throw refused("returns " + type + ", but " + which + " cannot be written as one: " + e);
    }
    if (value != null) {
      try {
        Json.decode(encoded, any);
      } catch (RuntimeException e) {
        throw refused("returns " + type + ", but " + which + " does not read back as one: " + e.getMessage());
      }
    }
    return encoded;
  }

  private IllegalArgumentException refused(String problem) {
    return new IllegalArgumentException(".stub(\"" + step + "\", …): step '" + step + "' " + problem);
  }

  /** {@code a String where a Sale belongs}, from the JDK's message, or the message itself. */
  private static String misplaced(ClassCastException e) {
    Matcher cast = CAST.matcher(String.valueOf(e.getMessage()));
    if (cast.find()) {
      return DeclaredType.article(DeclaredType.simpleName(cast.group(1))) + " where "
          + DeclaredType.article(DeclaredType.simpleName(cast.group(2))) + " belongs";
    }
    return "a value of another type (" + e.getMessage() + ")";
  }
}
