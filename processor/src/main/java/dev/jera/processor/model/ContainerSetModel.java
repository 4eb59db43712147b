package dev.jera.processor.model;

import com.squareup.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A {@code @ContainerSet} class: a template whose pod runs its members, each a {@code @Script} method of
 * the class, as containers ordered by their {@code after}. The template itself is a {@link ScriptModel}
 * of the workflow's templates (its inputs, result and outputs are what steps call), holding this.
 *
 * @param owner the nested class, whose static methods the runner calls
 * @param members the {@code @Script} methods, in source order
 */
public record ContainerSetModel(Site site, ClassName owner, List<ScriptModel> members) {
  /** The name of the container whose result and outputs are the template's, as Argo requires. */
  public static final String MAIN = "main";

  public ContainerSetModel {
    members = List.copyOf(members);
  }

  /** The member named {@code main}, when there is one. */
  public Optional<ScriptModel> main() {
    return members.stream().filter(member -> member.name().value().equals(MAIN)).findFirst();
  }

  /** The runner's key of a member: {@code <set>.<member>}, which no step's name can be (names have no dots). */
  public static String runnerKey(ScriptModel set, ScriptModel member) {
    return set.name().value() + "." + member.name().value();
  }
}
