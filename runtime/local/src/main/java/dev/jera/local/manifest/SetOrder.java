package dev.jera.local.manifest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The order a container set's members run in one after the other locally: each after its dependencies. */
public final class SetOrder {
  private SetOrder() {}

  /**
   * The members, each after every member it depends on, otherwise in the order written; {@code null}
   * when their dependencies form a cycle.
   */
  public static List<SetMember> of(List<SetMember> members) {
    List<SetMember> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (ordered.size() < members.size()) {
      SetMember next = null;
      for (SetMember member : members) {
        if (!placed.contains(member.name()) && placed.containsAll(member.dependencies())) {
          next = member;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      ordered.add(next);
      placed.add(next.name());
    }
    return ordered;
  }
}
