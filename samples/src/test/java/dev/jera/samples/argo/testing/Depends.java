package dev.jera.samples.argo.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A DAG task's {@code depends} as Argo evaluates it (workflow/common/ancestry.go and
 * controller/dag.go evaluateDependsLogic), compared by truth table: two expressions are the same when
 * they agree on every outcome of the tasks they name.
 *
 * <p>A task's outcome, once it is fulfilled, is one phase of Succeeded, Failed, Errored, Skipped or
 * Omitted, plus Daemoned (set independently: {@code depNode.IsDaemoned() && phase != Pending}), plus,
 * for a task that loops (a TaskGroup), AnySucceeded and AllFailed (false for any other task). A bare
 * {@code T} is expanded as Argo expands it, with the side's own {@code continueOn} of T:
 * {@code (T.Succeeded || T.Skipped || T.Daemoned [|| T.Errored] [|| T.Failed])}. A task without
 * {@code depends} or {@code dependencies} waits for nothing: {@code true}.
 */
final class Depends implements Semantic {
  private static final List<String> PHASES = List.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted");
  private static final Set<String> RESULTS =
      Set.of("Succeeded", "Failed", "Errored", "Skipped", "Omitted", "Daemoned", "AnySucceeded", "AllFailed");
  private static final long MAX_ROWS = 4_000_000L;

  private final String text;
  private final Expr expr; // null when the text does not parse
  private final String parseError;
  private final Map<String, Set<String>> continueOn;
  private final Set<String> loops;

  /**
   * @param text the expression ("true" when the task has none)
   * @param continueOn per task of the same DAG, which of "error"/"failed" its continueOn sets
   * @param loops the tasks of the same DAG that loop (withItems, withParam, withSequence)
   */
  Depends(String text, Map<String, Set<String>> continueOn, Set<String> loops) {
    this.text = Tags.collapse(text);
    this.continueOn = continueOn;
    this.loops = loops;
    Expr parsed = null;
    String error = "";
    try {
      parsed = new Parser(text).parse();
    } catch (IllegalArgumentException e) {
      error = e.getMessage();
    }
    this.expr = parsed;
    this.parseError = error;
  }

  String text() {
    return text;
  }

  @Override
  public String show() {
    return "\"" + text + "\"";
  }

  @Override
  public Optional<String> differenceFrom(Semantic other) {
    if (!(other instanceof Depends that)) {
      return Optional.of("not a depends expression");
    }
    if (expr == null || that.expr == null) {
      // Unparseable on a side: only the same text can be called the same.
      return text.equals(that.text) ? Optional.empty()
          : Optional.of("not compared by truth table: " + (expr == null ? parseError : that.parseError));
    }
    Map<String, Set<String>> atoms = new TreeMap<>();
    Expr mine = expand(expr);
    Expr theirs = that.expand(that.expr);
    mine.atoms(atoms);
    theirs.atoms(atoms);
    Set<String> looping = new TreeSet<>(loops);
    looping.addAll(that.loops);
    List<Dimension> dimensions = new ArrayList<>();
    long rows = 1;
    for (Map.Entry<String, Set<String>> task : atoms.entrySet()) {
      Dimension d = new Dimension(task.getKey(), task.getValue(), looping.contains(task.getKey()));
      dimensions.add(d);
      rows *= d.size();
      if (rows > MAX_ROWS) {
        return text.equals(that.text) ? Optional.empty()
            : Optional.of("too many outcomes to compare by truth table; write upstream's expression verbatim");
      }
    }
    int[] index = new int[dimensions.size()];
    Map<String, Boolean> values = new LinkedHashMap<>();
    for (long row = 0; row < rows; row++) {
      long rest = row;
      values.clear();
      for (int i = 0; i < dimensions.size(); i++) {
        index[i] = (int) (rest % dimensions.get(i).size());
        rest /= dimensions.get(i).size();
        dimensions.get(i).assign(index[i], values);
      }
      boolean a = mine.eval(values);
      boolean b = theirs.eval(values);
      if (a != b) {
        StringBuilder when = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
          when.append(i == 0 ? "" : ", ").append(dimensions.get(i).describe(index[i]));
        }
        return Optional.of("upstream is " + a + " and port " + b + " when " + when);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Depends d && differenceFrom(d).isEmpty();
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }

  private Expr expand(Expr e) {
    if (e instanceof Atom atom && atom.result == null) {
      List<String> results = new ArrayList<>(List.of("Succeeded", "Skipped", "Daemoned"));
      Set<String> flags = continueOn.getOrDefault(atom.task, Set.of());
      if (flags.contains("error")) {
        results.add("Errored");
      }
      if (flags.contains("failed")) {
        results.add("Failed");
      }
      Expr or = null;
      for (String r : results) {
        Expr a = new Atom(atom.task, r);
        or = or == null ? a : new Or(or, a);
      }
      return or;
    }
    if (e instanceof And and) {
      return new And(expand(and.left), expand(and.right));
    }
    if (e instanceof Or or) {
      return new Or(expand(or.left), expand(or.right));
    }
    if (e instanceof Not not) {
      return new Not(expand(not.inner));
    }
    return e;
  }

  /** The outcomes of one task that can tell its atoms apart. */
  private static final class Dimension {
    private final String task;
    private final List<String> phases = new ArrayList<>();
    private final List<String> flags = new ArrayList<>();

    Dimension(String task, Set<String> results, boolean loops) {
      this.task = task;
      boolean other = false;
      for (String phase : PHASES) {
        if (results.contains(phase)) {
          phases.add(phase);
        } else if (!other) {
          phases.add(phase); // one phase no atom names stands for all of them
          other = true;
        }
      }
      if (results.contains("Daemoned")) {
        flags.add("Daemoned");
      }
      if (loops) {
        for (String f : List.of("AnySucceeded", "AllFailed")) {
          if (results.contains(f)) {
            flags.add(f);
          }
        }
      }
    }

    long size() {
      return (long) phases.size() << flags.size();
    }

    void assign(int index, Map<String, Boolean> values) {
      String phase = phases.get(index % phases.size());
      for (String p : PHASES) {
        values.put(task + "." + p, p.equals(phase));
      }
      int bits = index / phases.size();
      for (String f : List.of("Daemoned", "AnySucceeded", "AllFailed")) {
        int at = flags.indexOf(f);
        values.put(task + "." + f, at >= 0 && (bits >> at & 1) == 1);
      }
    }

    String describe(int index) {
      StringBuilder s = new StringBuilder(task).append(' ').append(phases.get(index % phases.size()));
      int bits = index / phases.size();
      for (int i = 0; i < flags.size(); i++) {
        if ((bits >> i & 1) == 1) {
          s.append('+').append(flags.get(i));
        }
      }
      return s.toString();
    }
  }

  private interface Expr {
    boolean eval(Map<String, Boolean> values);

    void atoms(Map<String, Set<String>> into);
  }

  private record Atom(String task, String result) implements Expr {
    @Override
    public boolean eval(Map<String, Boolean> values) {
      return values.getOrDefault(task + "." + result, false);
    }

    @Override
    public void atoms(Map<String, Set<String>> into) {
      into.computeIfAbsent(task, t -> new TreeSet<>()).add(result);
    }
  }

  private record Const(boolean value) implements Expr {
    @Override
    public boolean eval(Map<String, Boolean> values) {
      return value;
    }

    @Override
    public void atoms(Map<String, Set<String>> into) {}
  }

  private record And(Expr left, Expr right) implements Expr {
    @Override
    public boolean eval(Map<String, Boolean> values) {
      return left.eval(values) && right.eval(values);
    }

    @Override
    public void atoms(Map<String, Set<String>> into) {
      left.atoms(into);
      right.atoms(into);
    }
  }

  private record Or(Expr left, Expr right) implements Expr {
    @Override
    public boolean eval(Map<String, Boolean> values) {
      return left.eval(values) || right.eval(values);
    }

    @Override
    public void atoms(Map<String, Set<String>> into) {
      left.atoms(into);
      right.atoms(into);
    }
  }

  private record Not(Expr inner) implements Expr {
    @Override
    public boolean eval(Map<String, Boolean> values) {
      return !inner.eval(values);
    }

    @Override
    public void atoms(Map<String, Set<String>> into) {
      inner.atoms(into);
    }
  }

  /**
   * {@code ||} over {@code &&} over {@code !}, parentheses, and atoms {@code T} or {@code T.Result}
   * (ancestry.go's taskNameRegex). The expression "true" (a task with no dependencies) is the constant.
   */
  private static final class Parser {
    private final String s;
    private int at;

    Parser(String s) {
      this.s = s;
    }

    Expr parse() {
      if (s.strip().equals("true")) {
        return new Const(true);
      }
      Expr e = or();
      skip();
      if (at != s.length()) {
        throw new IllegalArgumentException("unexpected '" + s.substring(at) + "' in depends \"" + s + "\"");
      }
      return e;
    }

    private Expr or() {
      Expr e = and();
      while (take("||")) {
        e = new Or(e, and());
      }
      return e;
    }

    private Expr and() {
      Expr e = not();
      while (take("&&")) {
        e = new And(e, not());
      }
      return e;
    }

    private Expr not() {
      if (take("!")) {
        return new Not(not());
      }
      if (take("(")) {
        Expr e = or();
        if (!take(")")) {
          throw new IllegalArgumentException("missing ')' in depends \"" + s + "\"");
        }
        return e;
      }
      return atom();
    }

    private Expr atom() {
      skip();
      int start = at;
      while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '-' || s.charAt(at) == '_')) {
        at++;
      }
      if (start == at) {
        throw new IllegalArgumentException("expected a task name at '" + s.substring(start) + "' in depends \"" + s + "\"");
      }
      String task = s.substring(start, at);
      if (at < s.length() && s.charAt(at) == '.') {
        int dot = ++at;
        while (at < s.length() && Character.isLetter(s.charAt(at))) {
          at++;
        }
        String result = s.substring(dot, at);
        if (!RESULTS.contains(result)) {
          throw new IllegalArgumentException("unknown task result '" + result + "' in depends \"" + s + "\"");
        }
        return new Atom(task, result);
      }
      return new Atom(task, null);
    }

    private boolean take(String token) {
      skip();
      if (s.startsWith(token, at)) {
        at += token.length();
        return true;
      }
      return false;
    }

    private void skip() {
      while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
        at++;
      }
    }
  }
}
