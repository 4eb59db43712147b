package dev.jera.processor.diagnostic;

import java.util.Optional;

/** Messages about {@code @Sidecar} and {@code @InitContainer}: the extra containers of a step's pod. */
public final class SidecarMessages {
  private SidecarMessages() {}

  /** {@code "sidecar 'nginx' of fetch()"}: how the messages name one container. */
  public static String describe(String noun, String name, String method) {
    return noun + " '" + name + "' of " + method + "()";
  }

  public static Message invalidContainerName(String annotation, String name, String method, String problem, Optional<String> suggestion) {
    return MessageId.INVALID_CONTAINER_NAME.with(
        annotation + "(name = \"" + name + "\") of " + method + "() is not a valid container name: " + problem
        + Hints.suggest(suggestion));
  }

  public static Message reservedContainerName(String annotation, String name, String method, String whose, Optional<String> suggestion) {
    return MessageId.RESERVED_CONTAINER_NAME.with(
        annotation + "(name = \"" + name + "\") of " + method + "() takes the name of " + whose
        + ", which Argo adds to the pod; name it after what it runs"
        + suggestion.map(s -> ", e.g. \"" + s + "\"").orElse(""));
  }

  public static Message duplicateContainerName(String container, String other) {
    return MessageId.DUPLICATE_CONTAINER_NAME.with(
        container + " has the name of " + other + "; the containers of one pod need names of their own, so rename one");
  }

  public static Message invalidContainerEnv(String container, String entry, String problem) {
    return MessageId.INVALID_CONTAINER_ENV.with(
        "env entry \"" + entry + "\" of " + container + " " + problem);
  }

  public static Message privilegedWhenRestricted(String container, String workflowClass, boolean library) {
    return MessageId.PRIVILEGED_SIDECAR.with(
        container + " is privileged, which the restricted Pod Security profile forbids"
        + (library
            ? "; a @Library's templates are always restricted: move the step into a @Workflow with restricted = false"
            : "; set @Workflow(restricted = false) on " + workflowClass + ", or drop privileged = true"));
  }

  public static Message onCall(String annotation, String method, String template) {
    return MessageId.STUB_TEMPLATE_SETTING.with(
        annotation + " of " + method + "() adds a container to the pod of template " + template
        + ", which is defined elsewhere and brings its own containers; a step that calls a template cannot add any");
  }

  public static Message valueInCode(String tag, String interpreter, String variable, String reading, String annotation, String name) {
    return MessageId.VALUE_IN_CODE.with(
        tag + " is pasted into the code that " + interpreter + " runs in " + annotation + " '" + name + "', so a value can"
        + " run commands of its own (in the container on Argo, on your machine in a local run); hand it over as data"
        + " instead: add env = \"" + variable + "=" + tag + "\" to the " + annotation + " and write " + reading
        + " in the code where the tag is");
  }
}
