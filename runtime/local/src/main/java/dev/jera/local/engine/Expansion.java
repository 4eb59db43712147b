package dev.jera.local.engine;

import dev.jera.local.values.Variables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a loop with its fields substituted, as Argo's {@code processItem} substitutes them: the
 * item's values, then every other tag, which must resolve ("failed to resolve {{…}}"), unless the
 * task's {@code when} is already known to be false.
 *
 * @param item the item
 * @param when the task's {@code when} for this item, or {@code null}
 * @param arguments the task's argument parameters for this item
 * @param scope the variables of the item's call
 */
record Expansion(LoopItem item, String when, Map<String, String> arguments, Variables scope) {

  /**
   * Expands every item, all before any runs, as {@code expandTask} and {@code expandStep} do.
   *
   * @param when the task's {@code when}, substituted but for its items, or {@code null}
   * @param arguments the task's arguments, substituted but for its items
   * @throws Variables.SubstitutionException for the first tag that does not resolve
   */
  static List<Expansion> of(List<LoopItem> items, String when, Map<String, String> arguments,
      Variables scope) {
    boolean lenient = isFalse(when);
    List<Expansion> expansions = new ArrayList<>();
    for (LoopItem item : items) {
      Variables itemScope = TaskCalls.itemScope(scope, item);
      Map<String, String> itemArguments = new LinkedHashMap<>();
      arguments.forEach((name, value) ->
          itemArguments.put(name, lenient ? itemScope.substitute(value) : itemScope.substituteAll(value)));
      String itemWhen = lenient ? itemScope.substitute(when) : itemScope.substituteAll(when);
      expansions.add(new Expansion(item, itemWhen, itemArguments, itemScope));
    }
    return expansions;
  }

  /** {@code shouldExecute} on the task's own {@code when}: true only when it parses and is false. */
  private static boolean isFalse(String when) {
    try {
      return !TaskCalls.holds(when);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
