package dev.jera.argo.go;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Why Go's {@code json.Unmarshal} refuses text that is not one JSON value, in the words of its scanner
 * ({@code encoding/json/scanner.go}): Argo passes these on unchanged, for example as the message of a
 * task whose {@code withParam} is not JSON, or when the results of a fan-out cannot be aggregated
 * ({@code operator.go:processAggregateNodeOutputs}). A port of the scanner's states, byte by byte.
 */
public final class GoJsonSyntax {
  private enum Parse { OBJECT_KEY, OBJECT_VALUE, ARRAY_VALUE }

  private enum State {
    BEGIN_VALUE, BEGIN_VALUE_OR_EMPTY, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, IN_STRING, IN_STRING_ESC,
    ESC_U, ESC_U1, ESC_U12, ESC_U123, NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0, END_VALUE, END_TOP,
    T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL, ERROR
  }

  private final Deque<Parse> stack = new ArrayDeque<>();
  private State state = State.BEGIN_VALUE;
  private boolean endTop;
  private String error;

  private GoJsonSyntax() {}

  /** Go's message for {@code text}, such as {@code invalid character 'h' looking for beginning of value}; {@code null} if it is valid. */
  public static String error(String text) {
    GoJsonSyntax scanner = new GoJsonSyntax();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      if (scanner.state == State.ERROR) {
        return scanner.error;
      }
      scanner.step(b & 0xff);
    }
    return scanner.eof();
  }

  private String eof() {
    if (error != null) {
      return error;
    }
    if (endTop) {
      return null;
    }
    step(' ');
    if (endTop) {
      return null;
    }
    return error != null ? error : "unexpected end of JSON input";
  }

  private void step(int c) {
    switch (state) {
      case BEGIN_VALUE_OR_EMPTY:
        if (isSpace(c)) {
          return;
        }
        if (c == ']') {
          endValue(c);
          return;
        }
        beginValue(c);
        return;
      case BEGIN_VALUE:
        beginValue(c);
        return;
      case BEGIN_STRING_OR_EMPTY:
        if (isSpace(c)) {
          return;
        }
        if (c == '}') {
          stack.pop();
          stack.push(Parse.OBJECT_VALUE);
          endValue(c);
          return;
        }
        beginString(c);
        return;
      case BEGIN_STRING:
        beginString(c);
        return;
      case IN_STRING:
        if (c == '"') {
          state = State.END_VALUE;
        } else if (c == '\\') {
          state = State.IN_STRING_ESC;
        } else if (c < 0x20) {
          fail(c, "in string literal");
        }
        return;
      case IN_STRING_ESC:
        if ("bfnrt\\/\"".indexOf(c) >= 0) {
          state = State.IN_STRING;
        } else if (c == 'u') {
          state = State.ESC_U;
        } else {
          fail(c, "in string escape code");
        }
        return;
      case ESC_U:
      case ESC_U1:
      case ESC_U12:
      case ESC_U123:
        if (!isHex(c)) {
          fail(c, "in \\u hexadecimal character escape");
          return;
        }
        state = state == State.ESC_U ? State.ESC_U1 : state == State.ESC_U1 ? State.ESC_U12
            : state == State.ESC_U12 ? State.ESC_U123 : State.IN_STRING;
        return;
      case NEG:
        if (c == '0') {
          state = State.ZERO;
        } else if (c >= '1' && c <= '9') {
          state = State.ONE;
        } else {
          fail(c, "in numeric literal");
        }
        return;
      case ONE:
        if (isDigit(c)) {
          return;
        }
        zero(c);
        return;
      case ZERO:
        zero(c);
        return;
      case DOT:
        if (isDigit(c)) {
          state = State.DOT0;
        } else {
          fail(c, "after decimal point in numeric literal");
        }
        return;
      case DOT0:
        if (isDigit(c)) {
          return;
        }
        if (c == 'e' || c == 'E') {
          state = State.E;
          return;
        }
        endValue(c);
        return;
      case E:
        if (c == '+' || c == '-') {
          state = State.E_SIGN;
          return;
        }
        eSign(c);
        return;
      case E_SIGN:
        eSign(c);
        return;
      case E0:
        if (!isDigit(c)) {
          endValue(c);
        }
        return;
      case END_VALUE:
        endValue(c);
        return;
      case END_TOP:
        endTop(c);
        return;
      case T:
        literal(c, 'r', State.TR, "true");
        return;
      case TR:
        literal(c, 'u', State.TRU, "true");
        return;
      case TRU:
        literal(c, 'e', State.END_VALUE, "true");
        return;
      case F:
        literal(c, 'a', State.FA, "false");
        return;
      case FA:
        literal(c, 'l', State.FAL, "false");
        return;
      case FAL:
        literal(c, 's', State.FALS, "false");
        return;
      case FALS:
        literal(c, 'e', State.END_VALUE, "false");
        return;
      case N:
        literal(c, 'u', State.NU, "null");
        return;
      case NU:
        literal(c, 'l', State.NUL, "null");
        return;
      case NUL:
        literal(c, 'l', State.END_VALUE, "null");
        return;
      default:
        return;
    }
  }

  private void beginValue(int c) {
    if (isSpace(c)) {
      state = State.BEGIN_VALUE;
      return;
    }
    switch (c) {
      case '{':
        state = State.BEGIN_STRING_OR_EMPTY;
        stack.push(Parse.OBJECT_KEY);
        return;
      case '[':
        state = State.BEGIN_VALUE_OR_EMPTY;
        stack.push(Parse.ARRAY_VALUE);
        return;
      case '"':
        state = State.IN_STRING;
        return;
      case '-':
        state = State.NEG;
        return;
      case '0':
        state = State.ZERO;
        return;
      case 't':
        state = State.T;
        return;
      case 'f':
        state = State.F;
        return;
      case 'n':
        state = State.N;
        return;
      default:
        if (c >= '1' && c <= '9') {
          state = State.ONE;
          return;
        }
        fail(c, "looking for beginning of value");
    }
  }

  private void beginString(int c) {
    if (isSpace(c)) {
      state = State.BEGIN_STRING;
    } else if (c == '"') {
      state = State.IN_STRING;
    } else {
      fail(c, "looking for beginning of object key string");
    }
  }

  private void zero(int c) {
    if (c == '.') {
      state = State.DOT;
    } else if (c == 'e' || c == 'E') {
      state = State.E;
    } else {
      endValue(c);
    }
  }

  private void eSign(int c) {
    if (isDigit(c)) {
      state = State.E0;
    } else {
      fail(c, "in exponent of numeric literal");
    }
  }

  private void literal(int c, char expected, State next, String word) {
    if (c == expected) {
      state = next;
    } else {
      fail(c, "in literal " + word + " (expecting '" + expected + "')");
    }
  }

  private void endValue(int c) {
    if (stack.isEmpty()) {
      state = State.END_TOP;
      endTop = true;
      endTop(c);
      return;
    }
    if (isSpace(c)) {
      state = State.END_VALUE;
      return;
    }
    switch (stack.peek()) {
      case OBJECT_KEY:
        if (c == ':') {
          stack.pop();
          stack.push(Parse.OBJECT_VALUE);
          state = State.BEGIN_VALUE;
        } else {
          fail(c, "after object key");
        }
        return;
      case OBJECT_VALUE:
        if (c == ',') {
          stack.pop();
          stack.push(Parse.OBJECT_KEY);
          state = State.BEGIN_STRING;
        } else if (c == '}') {
          pop();
        } else {
          fail(c, "after object key:value pair");
        }
        return;
      default:
        if (c == ',') {
          state = State.BEGIN_VALUE;
        } else if (c == ']') {
          pop();
        } else {
          fail(c, "after array element");
        }
    }
  }

  private void pop() {
    stack.pop();
    if (stack.isEmpty()) {
      state = State.END_TOP;
      endTop = true;
    } else {
      state = State.END_VALUE;
    }
  }

  private void endTop(int c) {
    if (!isSpace(c)) {
      fail(c, "after top-level value");
    }
  }

  private void fail(int c, String context) {
    state = State.ERROR;
    error = "invalid character " + quoteChar(c) + " " + context;
  }

  /** Go's {@code quoteChar}: the byte as a rune, quoted the way {@code strconv.Quote} writes it, in single quotes. */
  static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    String shown;
    switch (c) {
      case 7:
        shown = "\\a";
        break;
      case '\b':
        shown = "\\b";
        break;
      case '\f':
        shown = "\\f";
        break;
      case '\n':
        shown = "\\n";
        break;
      case '\r':
        shown = "\\r";
        break;
      case '\t':
        shown = "\\t";
        break;
      case 11:
        shown = "\\v";
        break;
      case '\\':
        shown = "\\\\";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          shown = String.format("\\x%02x", c);
        } else if (c >= 0x80 && c <= 0xa0 || c == 0xad) {
          shown = String.format("\\u%04x", c);
        } else {
          shown = String.valueOf((char) c);
        }
    }
    return "'" + shown + "'";
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(int c) {
    return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
