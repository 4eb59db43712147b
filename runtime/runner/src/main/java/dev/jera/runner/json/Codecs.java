package dev.jera.runner.json;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The codecs generated runners are built from: one constant per standard type, and factories for
 * containers, enums and records. The JSON they read and write is the one Jackson's databind gives
 * with the Java-time module and ISO dates.
 */
public final class Codecs {
  private Codecs() {}

  public static final JsonCodec<String> STRING = new StringCodec();
  public static final JsonCodec<Boolean> BOOLEAN = new BooleanCodec("boolean", Boolean.FALSE);
  public static final JsonCodec<Boolean> BOOLEAN_BOXED = new BooleanCodec("Boolean", null);
  public static final JsonCodec<Byte> BYTE = new NumberCodec<>(NumberCodec.Kind.BYTE, "byte", (byte) 0);
  public static final JsonCodec<Byte> BYTE_BOXED = new NumberCodec<>(NumberCodec.Kind.BYTE, "Byte", null);
  public static final JsonCodec<Short> SHORT = new NumberCodec<>(NumberCodec.Kind.SHORT, "short", (short) 0);
  public static final JsonCodec<Short> SHORT_BOXED = new NumberCodec<>(NumberCodec.Kind.SHORT, "Short", null);
  public static final JsonCodec<Integer> INT = new NumberCodec<>(NumberCodec.Kind.INT, "int", 0);
  public static final JsonCodec<Integer> INTEGER = new NumberCodec<>(NumberCodec.Kind.INT, "Integer", null);
  public static final JsonCodec<Long> LONG = new NumberCodec<>(NumberCodec.Kind.LONG, "long", 0L);
  public static final JsonCodec<Long> LONG_BOXED = new NumberCodec<>(NumberCodec.Kind.LONG, "Long", null);
  public static final JsonCodec<Float> FLOAT = new NumberCodec<>(NumberCodec.Kind.FLOAT, "float", 0f);
  public static final JsonCodec<Float> FLOAT_BOXED = new NumberCodec<>(NumberCodec.Kind.FLOAT, "Float", null);
  public static final JsonCodec<Double> DOUBLE = new NumberCodec<>(NumberCodec.Kind.DOUBLE, "double", 0d);
  public static final JsonCodec<Double> DOUBLE_BOXED = new NumberCodec<>(NumberCodec.Kind.DOUBLE, "Double", null);
  public static final JsonCodec<Character> CHAR = new CharCodec("char");
  public static final JsonCodec<Character> CHARACTER = new CharCodec("Character");
  public static final JsonCodec<BigDecimal> BIG_DECIMAL =
      new NumberCodec<>(NumberCodec.Kind.BIG_DECIMAL, "BigDecimal", null);
  public static final JsonCodec<BigInteger> BIG_INTEGER =
      new NumberCodec<>(NumberCodec.Kind.BIG_INTEGER, "BigInteger", null);

  public static final JsonCodec<LocalDate> LOCAL_DATE = text(StandardTextCodec.Kind.LOCAL_DATE);
  public static final JsonCodec<LocalTime> LOCAL_TIME = text(StandardTextCodec.Kind.LOCAL_TIME);
  public static final JsonCodec<LocalDateTime> LOCAL_DATE_TIME = text(StandardTextCodec.Kind.LOCAL_DATE_TIME);
  public static final JsonCodec<OffsetDateTime> OFFSET_DATE_TIME = text(StandardTextCodec.Kind.OFFSET_DATE_TIME);
  public static final JsonCodec<OffsetTime> OFFSET_TIME = text(StandardTextCodec.Kind.OFFSET_TIME);
  public static final JsonCodec<ZonedDateTime> ZONED_DATE_TIME = text(StandardTextCodec.Kind.ZONED_DATE_TIME);
  public static final JsonCodec<Instant> INSTANT = text(StandardTextCodec.Kind.INSTANT);
  public static final JsonCodec<Duration> DURATION = text(StandardTextCodec.Kind.DURATION);
  public static final JsonCodec<Period> PERIOD = text(StandardTextCodec.Kind.PERIOD);
  public static final JsonCodec<Year> YEAR = text(StandardTextCodec.Kind.YEAR);
  public static final JsonCodec<YearMonth> YEAR_MONTH = text(StandardTextCodec.Kind.YEAR_MONTH);
  public static final JsonCodec<MonthDay> MONTH_DAY = text(StandardTextCodec.Kind.MONTH_DAY);
  public static final JsonCodec<ZoneId> ZONE_ID = text(StandardTextCodec.Kind.ZONE_ID);
  public static final JsonCodec<ZoneOffset> ZONE_OFFSET = text(StandardTextCodec.Kind.ZONE_OFFSET);
  public static final JsonCodec<UUID> UUID = text(StandardTextCodec.Kind.UUID);
  public static final JsonCodec<URI> URI = text(StandardTextCodec.Kind.URI);

  /** {@code byte[]} as Base64 text, as Jackson writes it. */
  public static final JsonCodec<byte[]> BYTES =
      new TextCodec<byte[]>("byte[]", "Base64 text") {
        @Override
        byte[] parse(String text) {
          return Base64.getDecoder().decode(text.strip());
        }

        @Override
        public String toText(byte[] value) {
          return Base64.getEncoder().encodeToString(value);
        }
      };

  public static final JsonCodec<int[]> INT_ARRAY = new PrimitiveArrayCodec<>(INT, int.class);
  public static final JsonCodec<long[]> LONG_ARRAY = new PrimitiveArrayCodec<>(LONG, long.class);
  public static final JsonCodec<double[]> DOUBLE_ARRAY = new PrimitiveArrayCodec<>(DOUBLE, double.class);
  public static final JsonCodec<float[]> FLOAT_ARRAY = new PrimitiveArrayCodec<>(FLOAT, float.class);
  public static final JsonCodec<short[]> SHORT_ARRAY = new PrimitiveArrayCodec<>(SHORT, short.class);
  public static final JsonCodec<boolean[]> BOOLEAN_ARRAY = new PrimitiveArrayCodec<>(BOOLEAN, boolean.class);
  public static final JsonCodec<char[]> CHAR_ARRAY = new PrimitiveArrayCodec<>(CHAR, char.class);

  /** A collection of {@code element}s, built in {@code container}. */
  public static <E, C extends Collection<E>> JsonCodec<C> collection(
      String typeName, JsonCodec<E> element, Containers container) {
    return new CollectionCodec<E, C>(typeName, element, container.collection());
  }

  /** A map from {@code key}s (written as JSON field names) to {@code value}s, built in {@code container}. */
  public static <K, V, M extends Map<K, V>> JsonCodec<M> map(
      String typeName, JsonCodec<K> key, JsonCodec<V> value, Containers container) {
    return new MapCodec<K, V, M>(typeName, key, value, container.map());
  }

  /** {@code Optional<T>}. */
  public static <T> JsonCodec<Optional<T>> optional(JsonCodec<T> value) {
    return new OptionalCodec<>(value);
  }

  /** An array of objects; {@code empty} is a zero-length array of the right class. */
  @SuppressWarnings("unchecked")
  public static <E> JsonCodec<E[]> array(JsonCodec<E> element, E[] empty) {
    Class<?> component = empty.getClass().getComponentType();
    return new ArrayCodec<>(
        element,
        new java.util.function.IntFunction<E[]>() {
          @Override
          public E[] apply(int size) {
            return (E[]) java.lang.reflect.Array.newInstance(component, size);
          }
        });
  }

  /** An enum, by constant name. */
  public static <E extends Enum<E>> JsonCodec<E> enumeration(String typeName, E[] constants) {
    return new EnumCodec<>(typeName, constants);
  }

  /** A record, field by field. */
  public static <T> JsonCodec<T> record(String typeName, String[] components, RecordShape<T> shape) {
    return new RecordCodec<>(typeName, components, shape);
  }

  /**
   * A record whose component names are given comma-separated ({@code "pair,hour,rate"}): one constant
   * in a generated runner's static initializer, however many components and records there are.
   */
  public static <T> JsonCodec<T> record(String typeName, String components, RecordShape<T> shape) {
    return new RecordCodec<>(typeName, components.isEmpty() ? new String[0] : components.split(","), shape);
  }

  /** Any other type, through Jackson's databind (slower to start; used only where needed). */
  public static <T> JsonCodec<T> databind(String typeName, TypeReference<T> type) {
    return new DatabindCodec<>(typeName, type);
  }

  private static <T> JsonCodec<T> text(StandardTextCodec.Kind kind) {
    return new StandardTextCodec<>(kind);
  }
}
