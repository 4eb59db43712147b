package dev.jera.runner.json;

import java.util.StringJoiner;

/** An enum, as the name of its constant. */
final class EnumCodec<E extends Enum<E>> extends TextCodec<E> {
  private final E[] constants;

  EnumCodec(String typeName, E[] constants) {
    super(typeName, "one of " + names(constants) + " (" + typeName + ")");
    this.constants = constants.clone();
  }

  @Override
  E parse(String text) {
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(text);
  }

  @Override
  public String toText(E value) {
    return value.name();
  }

  private static String names(Enum<?>[] constants) {
    StringJoiner names = new StringJoiner(", ");
    for (Enum<?> constant : constants) {
      names.add(constant.name());
    }
    return names.toString();
  }
}
