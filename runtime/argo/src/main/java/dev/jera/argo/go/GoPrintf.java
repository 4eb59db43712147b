package dev.jera.argo.go;

/**
 * Go's {@code fmt.Sprintf(format, n)} for one integer, as Argo formats {@code withSequence} items:
 * the verbs {@code d v x X o O b c}, the flags {@code + - # 0} and space, width and precision, and
 * Go's own text for a wrong verb ({@code %!s(int=3)}), a missing argument ({@code %!d(MISSING)}) and an
 * unused one ({@code %!(EXTRA int=3)}).
 */
public final class GoPrintf {
  private GoPrintf() {}

  public static String format(String format, long n) {
    StringBuilder out = new StringBuilder();
    boolean used = false;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      boolean plus = false;
      boolean minus = false;
      boolean sharp = false;
      boolean zero = false;
      boolean space = false;
      while (i < format.length() && "+-# 0".indexOf(format.charAt(i)) >= 0) {
        char flag = format.charAt(i++);
        plus |= flag == '+';
        minus |= flag == '-';
        sharp |= flag == '#';
        zero |= flag == '0';
        space |= flag == ' ';
      }
      int width = -1;
      while (i < format.length() && Character.isDigit(format.charAt(i))) {
        width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
      }
      int precision = -1;
      if (i < format.length() && format.charAt(i) == '.') {
        i++;
        precision = 0;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          precision = precision * 10 + (format.charAt(i++) - '0');
        }
      }
      if (i >= format.length()) {
        out.append("%!(NOVERB)");
        break;
      }
      char verb = format.charAt(i++);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (used) {
        out.append("%!").append(verb).append("(MISSING)");
        continue;
      }
      used = true;
      String digits;
      String prefix = "";
      long magnitude = Math.abs(n);
      switch (verb) {
        case 'd':
        case 'v':
          digits = Long.toString(magnitude);
          break;
        case 'x':
          digits = Long.toHexString(magnitude);
          prefix = sharp ? "0x" : "";
          break;
        case 'X':
          digits = Long.toHexString(magnitude).toUpperCase(java.util.Locale.ROOT);
          prefix = sharp ? "0X" : "";
          break;
        case 'o':
          digits = Long.toOctalString(magnitude);
          prefix = sharp ? "0" : "";
          break;
        case 'O':
          digits = Long.toOctalString(magnitude);
          prefix = "0o";
          break;
        case 'b':
          digits = Long.toBinaryString(magnitude);
          break;
        case 'c':
          out.append(pad(new String(Character.toChars((int) n)), width, minus, false));
          continue;
        default:
          out.append("%!").append(verb).append("(int=").append(n).append(')');
          continue;
      }
      if (precision >= 0) {
        while (digits.length() < precision) {
          digits = "0" + digits;
        }
        if (precision == 0 && n == 0) {
          digits = "";
        }
      }
      String sign = n < 0 ? "-" : plus ? "+" : space ? " " : "";
      String body = sign + prefix + digits;
      if (zero && !minus && precision < 0 && width > body.length()) {
        StringBuilder zeros = new StringBuilder();
        for (int k = body.length(); k < width; k++) {
          zeros.append('0');
        }
        body = sign + prefix + zeros + digits;
      }
      out.append(pad(body, width, minus, false));
    }
    if (!used) {
      out.append("%!(EXTRA int=").append(n).append(')');
    }
    return out.toString();
  }

  private static String pad(String text, int width, boolean left, boolean zeros) {
    if (width <= text.length()) {
      return text;
    }
    String fill = String.valueOf(zeros ? '0' : ' ').repeat(width - text.length());
    return left ? text + fill : fill + text;
  }
}
