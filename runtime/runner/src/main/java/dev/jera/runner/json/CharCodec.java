package dev.jera.runner.json;

/** A {@code char}, as a string of one character. */
final class CharCodec extends TextCodec<Character> {
  CharCodec(String typeName) {
    super(typeName, "a single character");
  }

  @Override
  Character parse(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException(text);
    }
    return text.charAt(0);
  }
}
