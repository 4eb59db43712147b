package dev.jera.processor.resolve;

import com.squareup.javapoet.ClassName;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.model.WorkflowNames;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The workflows and libraries collected in this compilation so far, by class and by name. Which class
 * keeps a name two claim does not depend on the order a compiler hands classes over in (javac and ecj
 * differ): the earlier round wins, and within a round the class whose qualified name sorts first.
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

  Optional<WorkflowModel> byName(String name) {
    return owner(name).map(Claim::model);
  }

  @Override
  public ClassName ownerOf(String name) {
    return owner(name).map(claim -> claim.model().className())
        .orElseThrow(() -> new IllegalArgumentException("no class claims workflow name " + name));
  }

  private Optional<Claim> owner(String name) {
    Map<String, Claim> claimants = claims.get(name);
    return claimants == null ? Optional.empty() : claimants.entrySet().stream().min(FIRST).map(Map.Entry::getValue);
  }
}
