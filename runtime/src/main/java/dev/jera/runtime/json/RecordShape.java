package dev.jera.runtime.json;

/**
 * What a generated runner tells {@link Codecs#record} about one record type: how to build it, read
 * its components and find their codecs. Codecs are looked up at each call, not captured, so a record
 * may contain itself.
 */
public interface RecordShape<T> {
  /** Calls the canonical constructor with the components in declaration order. */
  T create(Object[] components);

  /** The value of component {@code index} of {@code record}. */
  Object component(T record, int index);

  /** The codec of component {@code index}. */
  JsonCodec<?> codec(int index);
}
