package dev.jera.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * A method of a runner that is one switch whose cases return: the step a runner calls, the record it builds,
 * the codecs of a parameter. When its cases would make one method large they are split over a chain of
 * methods, each handing what it has no case for to the next, so a runner compiles however large its workflow
 * (javac refuses a method of over 64 KB of bytecode).
 */
final class Dispatch {
  /** The weight of the cases of one method: about one value (an argument, an element) each, a few bytes. */
  static final int WEIGHT_PER_METHOD = 2000;

  private record Case(String label, List<JavaText.Statement> statements) {}

  private final String name;
  private final String signature;
  private final String arguments;
  private final List<String> otherwise;
  private final List<List<Case>> chunks = new ArrayList<>();
  private int weight;

  /**
   * @param name the method's name; the rest of the chain are {@code name1}, {@code name2}, ...
   * @param signature what follows the name in its declaration, e.g. {@code (int type, Object[] c)}
   * @param arguments the parameters' names as a call passes them on, e.g. {@code type, c}
   * @param otherwise the statements of the last default
   */
  Dispatch(String name, String signature, String arguments, String... otherwise) {
    this.name = name;
    this.signature = signature;
    this.arguments = arguments;
    this.otherwise = List.of(otherwise);
    chunks.add(new ArrayList<>());
  }

  /** A case: {@code label} (a constant), its weight, and its statements, the last of which returns. */
  Dispatch add(String label, int caseWeight, JavaText.Statement... statements) {
    if (weight + caseWeight > WEIGHT_PER_METHOD && !chunks.get(chunks.size() - 1).isEmpty()) {
      chunks.add(new ArrayList<>());
      weight = 0;
    }
    weight += caseWeight;
    chunks.get(chunks.size() - 1).add(new Case(label, List.of(statements)));
    return this;
  }

  boolean isEmpty() {
    return chunks.get(0).isEmpty();
  }

  /**
   * Writes the methods: the first overrides with {@code header} (annotations, modifiers and return type, e.g.
   * {@code protected Object}), the rest are private.
   */
  void writeTo(JavaText text, String header, String privateHeader) {
    for (int i = 0; i < chunks.size(); i++) {
      text.line("");
      if (i == 0) {
        text.line("@Override");
      }
      String selector = arguments.split(",")[0].strip();
      text.open((i == 0 ? header : privateHeader) + " " + (i == 0 ? name : name + i) + signature)
          .open("switch (" + selector + ")");
      for (Case c : chunks.get(i)) {
        text.line("case " + c.label() + ":").indent();
        for (JavaText.Statement statement : c.statements()) {
          statement.writeTo(text);
        }
        text.outdent();
      }
      text.line("default:").indent();
      if (i + 1 < chunks.size()) {
        text.line("return " + name + (i + 1) + "(" + arguments + ");");
      } else {
        for (String statement : otherwise) {
          text.line(statement);
        }
      }
      text.outdent().close().close();
    }
  }
}
