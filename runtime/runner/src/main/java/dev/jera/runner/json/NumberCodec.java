package dev.jera.runner.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers, as JSON numbers. Like Jackson's defaults, a number written as a JSON string is accepted,
 * and {@code null} becomes a primitive's zero.
 */
final class NumberCodec<T> implements JsonCodec<T> {

  enum Kind { BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL }

  private final Kind kind;
  private final String typeName;
  private final T zero;

  NumberCodec(Kind kind, String typeName, T zero) {
    this.kind = kind;
    this.typeName = typeName;
    this.zero = zero;
  }

  @Override
  public String typeName() {
    return typeName;
  }

  @Override
  public String expected() {
    switch (kind) {
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
        return "a number (" + typeName + ")";
      default:
        return "a whole number (" + typeName + ")";
    }
  }

  @Override
  public T nullValue() {
    return zero;
  }

  @Override
  public T read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return zero;
    }
    if (token != JsonToken.VALUE_NUMBER_INT
        && token != JsonToken.VALUE_NUMBER_FLOAT
        && token != JsonToken.VALUE_STRING) {
      throw Mismatch.of(parser, this);
    }
    try {
      return convert(new BigDecimal(parser.getText().strip()));
    } catch (ArithmeticException | NumberFormatException e) {
      throw Mismatch.of(parser, this);
    }
  }

  @Override
  public T fromText(String text) {
    try {
      return convert(new BigDecimal(text.strip()));
    } catch (ArithmeticException | NumberFormatException e) {
      throw new JsonDecodingException("expected " + expected() + ", got " + Json.quote(text));
    }
  }

  @Override
  public String toText(T value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private T convert(BigDecimal number) {
    switch (kind) {
      case BYTE:
        return (T) Byte.valueOf(number.byteValueExact());
      case SHORT:
        return (T) Short.valueOf(number.shortValueExact());
      case INT:
        return (T) Integer.valueOf(number.intValueExact());
      case LONG:
        return (T) Long.valueOf(number.longValueExact());
      case FLOAT:
        return (T) Float.valueOf(number.floatValue());
      case DOUBLE:
        return (T) Double.valueOf(number.doubleValue());
      case BIG_INTEGER:
        return (T) number.toBigIntegerExact();
      default:
        return (T) number;
    }
  }

  @Override
  public void write(JsonGenerator generator, T value) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    switch (kind) {
      case BYTE:
      case SHORT:
      case INT:
        generator.writeNumber(((Number) value).intValue());
        break;
      case LONG:
        generator.writeNumber(((Number) value).longValue());
        break;
      case FLOAT:
        generator.writeNumber(((Number) value).floatValue());
        break;
      case DOUBLE:
        generator.writeNumber(((Number) value).doubleValue());
        break;
      case BIG_INTEGER:
        generator.writeNumber((BigInteger) value);
        break;
      default:
        generator.writeNumber((BigDecimal) value);
    }
  }
}
