package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.ImageMessages;
import java.util.Optional;
import java.util.regex.Pattern;

/** The grammar of a container image reference (the distribution project's), and its tag. */
final class ImageReference {
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN =
      "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?)";
  private static final Pattern REFERENCE =
      Pattern.compile(
          "^(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*"
              + "(?::[\\w][\\w.-]{0,127})?"
              + "(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$");

  private ImageReference() {}

  static Optional<String> problem(String image) {
    if (image.isBlank()) {
      return Optional.of(ImageMessages.emptyImage());
    }
    if (!image.equals(image.strip()) || image.contains(" ")) {
      return Optional.of(ImageMessages.imageWithSpaces());
    }
    if (!REFERENCE.matcher(image).matches()) {
      return Optional.of(ImageMessages.imageGrammar());
    }
    return Optional.empty();
  }

  /** The tag, or empty when the reference has none; digests count as pinned. */
  static Optional<String> tag(String image) {
    if (image.contains("@")) {
      return Optional.of("@digest");
    }
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    return colon > slash ? Optional.of(image.substring(colon + 1)) : Optional.empty();
  }
}
