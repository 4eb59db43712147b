package dev.jera.processor.resolve;

import com.squareup.javapoet.ClassName;
import dev.jera.Kind;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowNames;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The workflows and libraries collected in this compilation so far, by class and by name. A name is
 * unique per kind. Which class keeps a name two of one kind claim does not depend on the order a compiler
 * hands classes over in (javac and ecj differ): the earlier round wins, and within a round the class whose
 * qualified name sorts first.
 */
public final class Registry implements WorkflowNames {
  private final Map<String, WorkflowModel> byClass = new HashMap<>();
  /** Per workflow name, each claiming class and the round it was collected in. */
  private final Map<String, Map<String, Claim>> claims = new HashMap<>();
  private int round;

  private record Claim(int round, WorkflowModel model) {}

  private static final Comparator<Map.Entry<String, Claim>> FIRST =
      Comparator.<Map.Entry<String, Claim>>comparingInt(entry -> entry.getValue().round())
          .thenComparing(Map.Entry::getKey);

  /** Starts a round: classes added from now on claim their names later than those added before. */
  public void newRound() {
    round++;
  }

  public void add(WorkflowModel model) {
    String className = model.className().canonicalName();
    byClass.put(className, model);
    if (!model.library()) {
      claims.computeIfAbsent(model.name().value(), name -> new TreeMap<>()).putIfAbsent(className, new Claim(round, model));
    }
  }

  Optional<WorkflowModel> byClass(String className) {
    return Optional.ofNullable(byClass.get(className));
  }

  /**
   * The workflow of name {@code name} a reference by name means: of the kinds sharing it, the first
   * in {@link Kind}'s order but a Workflow (which nothing refers to), else the Workflow.
   */
  Optional<WorkflowModel> byName(String name) {
    Map<String, Claim> claimants = claims.get(name);
    if (claimants == null) {
      return Optional.empty();
    }
    Optional<Kind> kind = claimants.values().stream().map(claim -> claim.model().kind())
        .min(Comparator.comparingInt((Kind k) -> k == Kind.WORKFLOW ? Integer.MAX_VALUE : k.ordinal()));
    return kind.flatMap(k -> owner(name, k)).map(Claim::model);
  }

  @Override
  public ClassName ownerOf(String name, Kind kind) {
    return owner(name, kind).map(claim -> claim.model().className())
        .orElseThrow(() -> new IllegalArgumentException("no class claims workflow name " + name + " of kind " + kind));
  }

  @Override
  public String fileName(WorkflowModel workflow) {
    String name = workflow.name().value();
    Map<String, Claim> claimants = claims.getOrDefault(name, Map.of());
    boolean earlierKind = claimants.values().stream()
        .anyMatch(claim -> claim.model().kind().ordinal() < workflow.kind().ordinal());
    return earlierKind ? WorkflowNames.qualified(name, workflow.kind()) : name;
  }

  private Optional<Claim> owner(String name, Kind kind) {
    Map<String, Claim> claimants = claims.get(name);
    return claimants == null
        ? Optional.empty()
        : claimants.entrySet().stream().filter(entry -> entry.getValue().model().kind() == kind).min(FIRST).map(Map.Entry::getValue);
  }
}
