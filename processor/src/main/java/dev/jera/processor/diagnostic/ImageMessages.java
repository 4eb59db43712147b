package dev.jera.processor.diagnostic;

import java.util.List;

/** Messages about container images and the code a container runs. */
public final class ImageMessages {
  private ImageMessages() {}

  public static Message valueInCode(String tag, String interpreter, String variable, String reading) {
    return MessageId.VALUE_IN_CODE.with(
        tag + " is pasted into the code that " + interpreter + " runs, so a value can run commands of its own"
        + " (in the container on Argo, on your machine in a local run); hand it over as data instead: add"
        + " @Env(name = \"" + variable + "\", value = \"" + tag + "\") to the script and write " + reading
        + " in the code where the tag is");
  }

  public static Message noImage(String workflowClass, List<String> methods) {
    return MessageId.NO_IMAGE.with(
        "no container image for " + (methods.size() == 1 ? "script " : "scripts ")
        + String.join(", ", methods) + " of " + workflowClass
        + "; set @Workflow(image = …), @Script(image = …) or the processor option -Ajera.image=…");
  }

  public static Message latestImage(String image) {
    return MessageId.LATEST_IMAGE.with(
        "image '" + image + "' uses the tag 'latest', so a rerun may get different code; pin a"
        + " version or a digest");
  }

  public static Message untaggedImage(String image) {
    return MessageId.UNTAGGED_IMAGE.with(
        "image '" + image + "' has no tag, which means 'latest', so a rerun may get different code;"
        + " pin a version or a digest");
  }

  public static Message invalidImage(String image, String problem) {
    return MessageId.INVALID_IMAGE.with(
        "image '" + image + "' is not a valid image reference: " + problem);
  }

  // Why an image is not a valid reference: the part after the colon

  public static String emptyImage() {
    return "it is empty";
  }

  public static String imageWithSpaces() {
    return "it contains spaces";
  }

  public static String imageGrammar() {
    return "expected [registry/]repository[:tag][@digest] with a lowercase repository, e.g. registry.example.com/etl:1.4.0";
  }
}
