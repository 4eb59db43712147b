package dev.jera.argo.expr;

import dev.jera.argo.go.GoValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An expr-lang expression ({@code github.com/expr-lang/expr}) as Argo evaluates it: in {@code {{= … }}}
 * tags, graph outputs, {@code labelsFrom}, a cron's {@code when}, an HTTP template's
 * {@code successCondition}. Jera reads the whole grammar {@link ExprParser} documents and evaluates it
 * over an environment of names to values ({@link DottedScope} for Argo's dotted variables), with the
 * functions of {@link #EVALUATED_FUNCTIONS}; Argo's other functions parse and fail when called.
 */
public final class Expression {
  /** The functions Jera evaluates; sprig's are written {@code sprig.name}. */
  public static final List<String> EVALUATED_FUNCTIONS = Functions.NAMES.stream().sorted().toList();

  /** What an expression reads from its environment, or a function it calls. */
  public enum ReferenceKind { VARIABLE, FUNCTION, METHOD }

  /**
   * A read of the environment: {@code name} is the dotted path of literal members from a variable
   * ({@code inputs.parameters.should-print} for {@code inputs.parameters["should-print"]}), up to the first
   * member that is computed; a function's name ({@code sprig.add}); a method's ({@code Seconds}).
   *
   * @param guarded read under {@code ??} or {@code ?.}, so it may be missing
   */
  public record Reference(String name, ReferenceKind kind, int position, boolean guarded) {}

  /**
   * {@code tasks.flip-coin} written in an expression, which expr reads as {@code tasks.flip - coin}.
   *
   * @param written {@code tasks.flip-coin}
   * @param fix {@code tasks['flip-coin']}
   */
  public record Hyphenated(String written, String fix, int position) {}

  private final String text;
  private final ExprNode root;

  private Expression(String text, ExprNode root) {
    this.text = text;
    this.root = root;
  }

  /** @throws ExpressionException where it does not parse, with the column */
  public static Expression parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new Expression(text, ExprParser.parse(text));
    } catch (ExpressionException e) {
      throw ExpressionException.at("invalid expression '" + text + "'", text, e.position(), e.reason());
    }
  }

  /** Why {@code text} does not parse, with the column; empty when it does. */
  public static Optional<ExpressionException> syntaxProblem(String text) {
    try {
      parse(text);
      return Optional.empty();
    } catch (ExpressionException e) {
      return Optional.of(e);
    }
  }

  public String text() {
    return text;
  }

  /**
   * Its value over {@code environment}: {@link Long}, {@link Double}, {@link String}, {@link Boolean},
   * {@link List}, {@link Map}, {@link java.time.Instant}, {@link java.time.Duration} or {@code null}.
   *
   * @throws ExpressionException with expr's reason when it fails
   */
  public Object evaluate(Map<String, Object> environment) {
    try {
      return ExprEvaluator.nullable(new ExprEvaluator(environment).evaluate(root));
    } catch (IllegalArgumentException | ClassCastException | ArithmeticException e) {
      throw ExpressionException.whole("failed to evaluate expression: " + e.getMessage(), text, e.getMessage());
    }
  }

  /**
   * Its value as Argo writes an expression tag's into the text around it ({@code expressionReplaceCore}): a
   * string as it is, anything else as JSON ({@code 30}, {@code 35.8}, {@code ["a","b"]}); nil is an error.
   */
  public String evaluateToText(Map<String, Object> environment) {
    Object value = evaluate(environment);
    if (value == null) {
      throw ExpressionException.whole("failed to evaluate expression \"" + text + "\"", text, "it gives nil");
    }
    try {
      return value instanceof String string ? string : JsonValues.write(value, false);
    } catch (IllegalArgumentException e) {
      throw ExpressionException.whole("failed to marshal evaluated expression: " + e.getMessage(), text, e.getMessage());
    }
  }

  /** Its value formatted as Go's {@code %v}, as Argo sets a graph output's value from it. */
  static String formatGo(Object value) {
    return value instanceof String string ? string : GoValues.format(value);
  }

  /** Go's name of a value's type, as {@code %T} prints it ({@code <nil>}, {@code int}, {@code string}). */
  public static String goType(Object value) {
    return ExprEvaluator.type(value);
  }

  /** Whether Argo's environment has this function ({@code sprig.regexFind} included). */
  public static boolean functionExists(String function) {
    return Functions.exists(function);
  }

  /** Whether Jera evaluates this function. */
  public static boolean functionEvaluated(String function) {
    return Functions.NAMES.contains(function);
  }

  /** Whether Jera evaluates this Go method ({@code Seconds} of a duration, …). */
  public static boolean methodEvaluated(String method) {
    return Functions.METHODS.contains(method);
  }

  /** The functions Argo's environment has, for a "did you mean". */
  public static List<String> allFunctions() {
    List<String> all = new ArrayList<>(Functions.PLAIN);
    all.addAll(Functions.EXPR_BUILTINS);
    Functions.SPRIG_ALL.forEach(name -> all.add("sprig." + name));
    return all.stream().distinct().sorted().toList();
  }

  /** The variables, functions and methods it reads, in order; names {@code let} binds and {@code #} excluded. */
  public List<Reference> references() {
    List<Reference> references = new ArrayList<>();
    collect(root, new HashSet<>(), false, references);
    return references;
  }

  /** Each {@code root.a-b} it holds, which expr reads as a subtraction. */
  public List<Hyphenated> hyphenated() {
    List<Hyphenated> found = new ArrayList<>();
    hyphenated(root, found);
    return found;
  }

  private void hyphenated(ExprNode node, List<Hyphenated> into) {
    if (node instanceof ExprNode.Binary binary && binary.operator().equals("-")
        && rootName(binary.right()) instanceof ExprNode.Name right && right.position() == binary.position() + 1
        && binary.position() > 0 && !Character.isWhitespace(text.charAt(binary.position() - 1))) {
      Optional<String> left = path(binary.left());
      if (left.isPresent() && left.get().contains(".")) {
        String written = left.get() + "-" + right.name();
        int dot = left.get().lastIndexOf('.');
        into.add(new Hyphenated(written, written.substring(0, dot) + "['" + written.substring(dot + 1) + "']",
            start(binary.left())));
      }
    }
    children(node).forEach(child -> hyphenated(child, into));
  }

  /** The variable a member chain starts from, or the node itself. */
  private static ExprNode rootName(ExprNode node) {
    return node instanceof ExprNode.Member member ? rootName(member.object()) : node;
  }

  /** The dotted path of a variable and its literal members; empty for anything else. */
  private static Optional<String> path(ExprNode node) {
    if (node instanceof ExprNode.Name name) {
      return Optional.of(name.name());
    }
    if (node instanceof ExprNode.Member member && member.key() instanceof ExprNode.Literal key && key.value() instanceof String field) {
      return path(member.object()).map(object -> object + "." + field);
    }
    return Optional.empty();
  }

  private static void collect(ExprNode node, Set<String> locals, boolean guarded, List<Reference> into) {
    if (node instanceof ExprNode.Name name) {
      if (!locals.contains(name.name())) {
        into.add(new Reference(name.name(), ReferenceKind.VARIABLE, name.position(), guarded));
      }
      return;
    }
    if (node instanceof ExprNode.Member member) {
      Optional<String> path = path(member);
      String root = path.map(p -> p.split("\\.", 2)[0]).orElse("");
      if (path.isPresent() && !locals.contains(root)) {
        into.add(new Reference(path.get(), ReferenceKind.VARIABLE, start(member), guarded || optional(member)));
        return;
      }
      collect(member.object(), locals, guarded, into);
      collect(member.key(), locals, false, into);
      return;
    }
    if (node instanceof ExprNode.Call call) {
      into.add(new Reference(call.function(), ReferenceKind.FUNCTION, call.position(), false));
    } else if (node instanceof ExprNode.MethodCall call) {
      into.add(new Reference(call.method(), ReferenceKind.METHOD, call.position(), false));
    } else if (node instanceof ExprNode.Let let) {
      collect(let.value(), locals, guarded, into);
      Set<String> inner = new HashSet<>(locals);
      inner.add(let.name());
      collect(let.body(), inner, guarded, into);
      return;
    } else if (node instanceof ExprNode.Binary binary && binary.operator().equals("??")) {
      collect(binary.left(), locals, true, into);
      collect(binary.right(), locals, guarded, into);
      return;
    }
    for (ExprNode child : children(node)) {
      collect(child, locals, guarded, into);
    }
  }

  private static boolean optional(ExprNode node) {
    return node instanceof ExprNode.Member member && (member.optional() || optional(member.object()));
  }

  private static int start(ExprNode node) {
    return node instanceof ExprNode.Member member ? start(member.object()) : node.position();
  }

  static List<ExprNode> children(ExprNode node) {
    if (node instanceof ExprNode.Member member) {
      return List.of(member.object(), member.key());
    }
    if (node instanceof ExprNode.Call call) {
      return call.arguments();
    }
    if (node instanceof ExprNode.MethodCall call) {
      List<ExprNode> all = new ArrayList<>();
      all.add(call.object());
      all.addAll(call.arguments());
      return all;
    }
    if (node instanceof ExprNode.Array array) {
      return array.elements();
    }
    if (node instanceof ExprNode.MapLiteral map) {
      List<ExprNode> all = new ArrayList<>(map.keys());
      all.addAll(map.values());
      return all;
    }
    if (node instanceof ExprNode.Closure closure) {
      return List.of(closure.body());
    }
    if (node instanceof ExprNode.Let let) {
      return List.of(let.value(), let.body());
    }
    if (node instanceof ExprNode.Unary unary) {
      return List.of(unary.operand());
    }
    if (node instanceof ExprNode.Binary binary) {
      return List.of(binary.left(), binary.right());
    }
    if (node instanceof ExprNode.Conditional conditional) {
      return List.of(conditional.condition(), conditional.then(), conditional.otherwise());
    }
    return List.of();
  }
}
