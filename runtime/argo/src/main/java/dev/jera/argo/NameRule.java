package dev.jera.argo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * One naming rule: which characters are allowed, how a name must start and end, and how long it may
 * be; and how to word a violation. {@link KubeNames} holds the instances.
 *
 * @param what the kind of name, for the empty case ("a DNS-1123 label")
 * @param allowed every character a name may contain
 * @param lowercase whether to report A-Z together as "uppercase letters" rather than one by one
 * @param charsHint what to do about bad characters ("use lowercase letters, digits and '-'")
 * @param first what the first character must be, or null for no rule
 * @param last what the last character must be, or null for no rule
 * @param edgeHint what to do about a bad first or last character
 * @param maxLength the longest allowed name
 * @param example turns a bad name into a likely good one, for the "e.g." hint
 */
record NameRule(
    String what,
    IntPredicate allowed,
    boolean lowercase,
    String charsHint,
    IntPredicate first,
    IntPredicate last,
    String edgeHint,
    int maxLength,
    UnaryOperator<String> example) {

  /** Returns a one-line message for what is wrong with {@code name}, or empty when it follows the rule. */
  Optional<String> check(String name) {
    if (name.isEmpty()) {
      return Optional.of(what + " cannot be empty; " + charsHint);
    }
    List<String> faults = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    collect(name, faults, hints);
    if (faults.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder message = new StringBuilder(Wording.quote(name)).append(' ');
    message.append(String.join(", and ", faults)).append("; ").append(String.join("; ", hints));
    String suggestion = example.apply(name);
    if (!suggestion.isEmpty() && !suggestion.equals(name) && isValid(suggestion)) {
      message.append(" (e.g. ").append(Wording.quote(suggestion)).append(')');
    }
    return Optional.of(message.toString());
  }

  /** This rule with a tighter length limit, and suggestions cut to it. */
  NameRule limitedTo(int max, UnaryOperator<String> shorterExample) {
    return new NameRule(what, allowed, lowercase, charsHint, first, last, edgeHint, max, shorterExample);
  }

  /** Whether {@code name} follows the rule; used to vet suggestions without suggesting again. */
  boolean isValid(String name) {
    List<String> faults = new ArrayList<>();
    collect(name, faults, new ArrayList<>());
    return !name.isEmpty() && faults.isEmpty();
  }

  private void collect(String name, List<String> faults, List<String> hints) {
    if (name.length() > maxLength) {
      faults.add("is " + name.length() + " characters long");
      hints.add("keep it to " + maxLength + " characters");
    }
    List<String> bad = badCharacters(name);
    if (!bad.isEmpty()) {
      faults.add("contains " + Wording.and(bad));
      hints.add(charsHint);
    }
    if (name.isEmpty()) {
      return;
    }
    int head = name.codePointAt(0);
    int tail = name.codePointBefore(name.length());
    // A character already reported as not allowed is not reported again for its position.
    boolean badHead = first != null && allowed.test(head) && !first.test(head);
    boolean badTail = last != null && allowed.test(tail) && !last.test(tail);
    if (badHead && badTail && head == tail) {
      faults.add("starts and ends with " + Wording.character(head));
    } else if (badHead || badTail) {
      List<String> edges = new ArrayList<>();
      if (badHead) {
        edges.add("starts with " + Wording.character(head));
      }
      if (badTail) {
        edges.add("ends with " + Wording.character(tail));
      }
      faults.add(String.join(" and ", edges));
    }
    if (badHead || badTail) {
      hints.add(edgeHint);
    }
  }

  private List<String> badCharacters(String name) {
    Set<String> bad = new LinkedHashSet<>();
    boolean upper = false;
    for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
      int cp = name.codePointAt(i);
      if (allowed.test(cp)) {
        continue;
      }
      if (lowercase && cp >= 'A' && cp <= 'Z') {
        upper = true;
      } else {
        bad.add(Wording.character(cp));
      }
    }
    List<String> result = new ArrayList<>(bad);
    if (upper) {
      result.add("uppercase letters");
    }
    return result;
  }
}
