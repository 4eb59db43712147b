package dev.jera.runner.json;

/**
 * What a generated runner tells {@link Codecs#record} about one record type: how to build it, read
 * its components and find their codecs. {@link #codecs()} is called on first use, not at
 * construction, so a record may contain itself.
 */
public interface RecordShape<T> {
  /** Calls the canonical constructor with the components in declaration order. */
  T create(Object[] components);

  /** The values of the record's components, in declaration order. */
  Object[] components(T record);

  /** The codecs of the components, in declaration order. */
  JsonCodec<?>[] codecs();
}
