package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about {@code @ContainerSet}: a template whose pod runs its {@code @Script} methods as containers. */
public final class ContainerSetMessages {
  private ContainerSetMessages() {}

  /** {@code "member b() of container set Main"}: how the messages name a member. */
  public static String describe(String method, String set) {
    return "member " + method + "() of container set " + set;
  }

  public static Message empty(String set) {
    return MessageId.EMPTY_CONTAINER_SET.with(
        "container set " + set + " has no @Script method, so its pod would run no container; add one, e.g."
        + " @Script public static void main() { … }");
  }

  public static Message invalidName(String member, String name, String problem, Optional<String> suggestion) {
    return MessageId.INVALID_MEMBER_NAME.with(
        member + " is named '" + name + "', which is not a valid container name: " + problem + Hints.suggest(suggestion));
  }

  public static Message reservedName(String member, String name, String whose) {
    return MessageId.RESERVED_MEMBER_NAME.with(
        member + " is named '" + name + "', the name of " + whose + ", which Argo adds to the pod; give it a name"
        + " of its own with @Script(name = \"…\")");
  }

  public static Message duplicateName(String member, String other, String name) {
    return MessageId.DUPLICATE_MEMBER_NAME.with(
        member + " has the name '" + name + "' of " + other + "; the containers of one pod need names of their own,"
        + " so rename one with @Script(name = \"…\")");
  }

  public static Message unknownMember(String member, String after, String members, Optional<String> suggestion) {
    return MessageId.UNKNOWN_MEMBER.with(
        member + " waits for '" + after + "', which is no member of its set (members: " + members + ")"
        + Hints.suggest(suggestion));
  }

  public static Message cycle(String set, String path) {
    return MessageId.MEMBER_CYCLE.with(
        "members of container set " + set + " wait for each other (" + path + "), so none of them would ever start;"
        + " drop one of these after");
  }

  public static Message fileIntoNonMain(String member, String parameter) {
    return MessageId.FILE_INTO_NON_MAIN.with(
        "parameter " + parameter + " of " + member + " is an input file, which Argo loads into the container named"
        + " main only; take it in the member main (@Script(name = \"main\")), which can pass it on through a @Volume"
        + " of the set");
  }

  public static Message outputOfNonMain(String member) {
    return MessageId.OUTPUT_OF_NON_MAIN.with(
        "@Output of " + member + ": a container set's outputs are those of its member main; declare them on main,"
        + " which may read what this member leaves on a @Volume of the set");
  }

  public static Message stepSetting(String member, String setting) {
    return MessageId.MEMBER_STEP_SETTING.with(
        setting + " on " + member + ": a member is a container of the set's pod, which runs once its after have"
        + " succeeded; it has no " + setting + " of its own. Put pod settings on the @ContainerSet class, or make it a"
        + " step of the workflow");
  }

  public static Message notCallable(String member, String why) {
    return MessageId.MEMBER_NOT_CALLABLE.with(
        member + " is " + why + ", but the generated runner calls a member as OwnerClass.method(); make it static"
        + " and not private");
  }

  public static Message outsideWorkflow(String type, String why) {
    return MessageId.CONTAINER_SET_OUTSIDE_WORKFLOW.with(
        "@ContainerSet on " + type + ", which " + why + "; a container set is a static class nested in the"
        + " @Workflow class whose steps call it");
  }
}
