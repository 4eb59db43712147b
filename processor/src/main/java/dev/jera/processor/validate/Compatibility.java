package dev.jera.processor.validate;

import dev.jera.processor.model.JavaType;
import dev.jera.processor.model.JsonShape;
import java.util.Optional;

/**
 * Whether a value written as one type reads back as another, as Java's own typing would have it: equal
 * types do; {@code Optional<T>} takes a {@code T}; lists, sets and arrays of the same element type are
 * the same JSON list. A {@code String} does not take an {@code int} through {@code @From}: reading any
 * result as its text is what {@code @Value("{{tasks.x.outputs.result}}")} is for, and that route
 * ({@link #acceptsText}) takes anything into a {@code String}.
 */
final class Compatibility {
  private Compatibility() {}

  static boolean accepts(JavaType consumer, JavaType produced) {
    if (consumer.canonical().equals(produced.canonical())) {
      return true;
    }
    if (consumer.shape() instanceof JsonShape.Optional) {
      return accepts(((JsonShape.Optional) consumer.shape()).value(), produced);
    }
    Optional<JavaType> consumerElement = element(consumer);
    Optional<JavaType> producedElement = element(produced);
    return consumerElement.isPresent() && producedElement.isPresent()
        && consumerElement.get().canonical().equals(producedElement.get().canonical());
  }

  /** Whether {@code consumer} reads the list of all results of a script returning {@code each}. */
  static boolean acceptsListOf(JavaType consumer, JavaType each) {
    Optional<JavaType> element = element(consumer);
    return element.isPresent() && element.get().canonical().equals(each.canonical());
  }

  /** Like {@link #accepts}, for a template string whose text is the result: a {@code String} takes any. */
  static boolean acceptsText(JavaType consumer, JavaType produced, boolean fansOut) {
    return consumer.isString() || (fansOut ? acceptsListOf(consumer, produced) : accepts(consumer, produced));
  }

  /** The element type of a collection or array. */
  static Optional<JavaType> element(JavaType type) {
    if (type.shape() instanceof JsonShape.Collection) {
      return Optional.of(((JsonShape.Collection) type.shape()).element());
    }
    if (type.shape() instanceof JsonShape.Array) {
      return Optional.of(((JsonShape.Array) type.shape()).element());
    }
    return Optional.empty();
  }
}
