package dev.jera.local.values;

import dev.jera.local.Backoff;
import dev.jera.local.NodeReport;
import dev.jera.local.RunInfo;
import dev.jera.local.RunListener;
import dev.jera.local.RunReport;
import dev.jera.local.StepReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hides the values of a run's secrets in the text Jera writes and prints of that run (its record's logs,
 * results and summary, the progress, the report a test reads), replacing each with {@value #MASK}.
 *
 * <p>A value is looked for as written, as it appears escaped in a JSON string (the way Jackson, Go and
 * ASCII-only writers escape it, and again when that JSON is kept in a JSON string, up to three levels)
 * and URL-encoded. How much of it is masked depends on its length,
 * so that a short value does not wipe out unrelated text: from {@value #ANYWHERE} characters on it is
 * masked wherever it occurs; from {@value #STANDALONE} characters on only where it stands alone, not
 * inside a longer word or number ({@code "1234"} and {@code =1234} but not {@code 12345}); a shorter one,
 * and an empty one, is not masked at all, which the run says once ({@link #unmasked}). Text derived in
 * other ways (base64, a hash, a part of the value) is not recognised.
 */
public final class SecretMask {
  /** What a secret's value is replaced with. */
  public static final String MASK = "***";
  /** Values this long or longer are masked wherever they occur. */
  public static final int ANYWHERE = 8;
  /** Values this long or longer, but shorter than {@link #ANYWHERE}, are masked where they stand alone. */
  public static final int STANDALONE = 4;

  /** A mask that hides nothing. */
  public static final SecretMask NONE = new SecretMask(List.of(), List.of());

  private static final byte[] MASK_BYTES = MASK.getBytes(StandardCharsets.UTF_8);

  /** Every form of every value, longest first, so that a longer form wins where two overlap. */
  private final List<Form> forms;
  private final List<String> unmasked;
  private final int longest;
  /** The bytes a form begins with: a stream looks for forms only where one of them is. */
  private final boolean[] firstBytes = new boolean[256];

  private SecretMask(List<Form> forms, List<String> unmasked) {
    this.forms = forms;
    this.unmasked = unmasked;
    this.longest = forms.stream().mapToInt(form -> form.bytes.length).max().orElse(0);
    forms.forEach(form -> firstBytes[form.bytes[0] & 0xff] = true);
  }

  /** A mask for the values of {@code secrets}, by {@code name/key}. */
  public static SecretMask of(Map<String, String> secrets) {
    Set<String> values = new LinkedHashSet<>();
    Set<String> tooShort = new TreeSet<>();
    secrets.forEach((name, value) -> {
      if (value.length() >= STANDALONE) {
        values.add(value);
      } else {
        tooShort.add(name);
      }
    });
    List<Form> forms = new ArrayList<>();
    for (String value : values) {
      boolean standalone = value.length() < ANYWHERE;
      for (String form : forms(value)) {
        forms.add(new Form(form, standalone));
      }
    }
    forms.sort(Comparator.comparingInt((Form form) -> form.text.length()).reversed());
    return new SecretMask(List.copyOf(forms), List.copyOf(tooShort));
  }

  /** Whether it masks nothing. */
  public boolean isEmpty() {
    return forms.isEmpty();
  }

  /** The secrets, by {@code name/key}, whose values are too short to be masked. */
  public List<String> unmasked() {
    return unmasked;
  }

  /** {@code text} with every secret masked; {@code null} stays {@code null}. */
  public String apply(String text) {
    if (text == null || forms.isEmpty()) {
      return text;
    }
    String masked = text;
    for (Form form : forms) {
      masked = form.replaceIn(masked);
    }
    return masked;
  }

  /** {@code step} with every secret masked in its texts, its items' too. */
  public StepReport apply(StepReport step) {
    if (forms.isEmpty()) {
      return step;
    }
    List<StepReport> children = new ArrayList<>();
    step.children().forEach(child -> children.add(apply(child)));
    return new StepReport(apply(step.name()), step.phase(), apply(step.result()), step.attempts(), step.startedAt(),
        step.finishedAt(), apply(step.message()), step.exitCode(), children, step.fansOut(), apply(step.detail()));
  }

  /** {@code node} with every secret masked in its texts. */
  public NodeReport apply(NodeReport node) {
    if (forms.isEmpty()) {
      return node;
    }
    return new NodeReport(node.id(), apply(node.name()), apply(node.displayName()), node.type(), node.templateName(),
        node.phase(), node.boundaryId(), node.children(), apply(node.message()), node.startedAt(), node.finishedAt(),
        apply(node.result()), node.exitCode(), node.retried(), node.hooked(), apply(node.detail()));
  }

  /** {@code metric} with every secret masked in its labels (a label may read an input that holds one). */
  public dev.jera.local.MetricReport apply(dev.jera.local.MetricReport metric) {
    if (forms.isEmpty()) {
      return metric;
    }
    java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
    metric.labels().forEach((key, value) -> labels.put(key, apply(value)));
    return new dev.jera.local.MetricReport(metric.name(), apply(metric.help()), metric.kind(), labels, metric.value(),
        metric.operation(), metric.realtime(), metric.template(), apply(metric.node()));
  }

  /** {@code listener}, told everything with every secret masked. */
  public RunListener apply(RunListener listener) {
    if (forms.isEmpty()) {
      return listener;
    }
    return new RunListener() {
      @Override
      public void runStarted(RunInfo run) {
        listener.runStarted(run);
      }

      @Override
      public void runNote(String note) {
        listener.runNote(apply(note));
      }

      @Override
      public void attemptStarted(String step, int attempt) {
        listener.attemptStarted(apply(step), attempt);
      }

      @Override
      public void stepNote(String step, String note) {
        listener.stepNote(apply(step), apply(note));
      }

      @Override
      public void attemptFailed(String step, int attempt, String message) {
        listener.attemptFailed(apply(step), attempt, apply(message));
      }

      @Override
      public void backoff(Backoff backoff) {
        listener.backoff(new Backoff(apply(backoff.step()), backoff.attempt(), apply(backoff.message()),
            backoff.retry(), backoff.delay(), backoff.until(), backoff.argoDelay()));
      }

      @Override
      public void stepFinished(StepReport step) {
        listener.stepFinished(apply(step));
      }

      @Override
      public void runFinished(RunReport run) {
        listener.runFinished(run);
      }
    };
  }

  /**
   * A stream that writes what it is given to {@code out} with every secret masked. It holds back the
   * last bytes written, which may begin a secret, until more follow or it is {@link MaskingStream#release
   * released} or closed.
   */
  public MaskingStream filter(OutputStream out) {
    return new MaskingStream(out);
  }

  /**
   * The forms {@code value} may take in text: as is; escaped in a JSON string the way common writers
   * escape, and in such a string within a JSON string, up to {@link #JSON_LEVELS} levels; URL-encoded.
   */
  private static Set<String> forms(String value) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(value);
    List<String> escaped = List.of(value, value, value, value);
    for (int level = 0; level < JSON_LEVELS; level++) {
      escaped = List.of(
          jsonEscaped(escaped.get(0), false, false, "%04X"),
          jsonEscaped(escaped.get(1), true, false, "%04x"),
          jsonEscaped(escaped.get(2), true, true, "%04x"),
          jsonEscaped(escaped.get(3), true, true, "%04X"));
      forms.addAll(escaped);
    }
    forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
    return forms;
  }

  /** How many times over a value is looked for escaped in JSON: a JSON text kept in a JSON string, and so on. */
  private static final int JSON_LEVELS = 3;

  /**
   * {@code value} as a JSON string's content: quotes, backslashes and control characters escaped (as
   * Jackson does); with {@code html} also {@code <}, {@code >}, {@code &}, U+2028 and U+2029 (as Go does);
   * with {@code ascii} every character beyond ASCII (as Python does by default).
   */
  private static String jsonEscaped(String value, boolean html, boolean ascii, String hex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean escape = c < 0x20 || ascii && c > 0x7e
              || html && (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029');
          out.append(escape ? "\\u" + String.format(Locale.ROOT, hex, (int) c) : String.valueOf(c));
        }
      }
    }
    return out.toString();
  }

  /** Whether {@code c} continues a word or number, so that a value next to it does not stand alone. */
  private static boolean wordCharacter(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** One form of a value. */
  private static final class Form {
    final String text;
    final byte[] bytes;
    final boolean standalone;

    Form(String text, boolean standalone) {
      this.text = text;
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
      this.standalone = standalone;
    }

    String replaceIn(String in) {
      int at = in.indexOf(text);
      if (at < 0) {
        return in;
      }
      StringBuilder out = new StringBuilder(in.length());
      int from = 0;
      while (at >= 0) {
        int end = at + text.length();
        if (!standalone || (at == 0 || !wordCharacter(in.charAt(at - 1))) && (end == in.length() || !wordCharacter(in.charAt(end)))) {
          out.append(in, from, at).append(MASK);
          from = end;
          at = in.indexOf(text, end);
        } else {
          at = in.indexOf(text, at + 1);
        }
      }
      return out.append(in, from, in.length()).toString();
    }

    /** Whether {@code buffer} holds this form at {@code at}, before {@code length}. */
    boolean at(byte[] buffer, int at, int length) {
      if (at + bytes.length > length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if (buffer[at + i] != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Masks a stream of bytes as {@link #apply} masks text. A form that stands alone needs the byte after
   * it to be known, so the stream holds back as many bytes as the longest form has.
   */
  public final class MaskingStream extends OutputStream {
    private final OutputStream out;
    private byte[] buffer = new byte[8192];
    private int length;
    /** The last byte passed on, which decides whether a form at the buffer's start stands alone. */
    private int before = -1;
    private boolean closed;

    private MaskingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int count) throws IOException {
      if (closed) {
        throw new IOException("closed");
      }
      if (forms.isEmpty()) {
        out.write(bytes, offset, count);
        return;
      }
      if (length + count > buffer.length) {
        byte[] larger = new byte[Math.max(buffer.length * 2, length + count)];
        System.arraycopy(buffer, 0, larger, 0, length);
        buffer = larger;
      }
      System.arraycopy(bytes, offset, buffer, length, count);
      length += count;
      pass(length - longest);
    }

    /** Passes on, masked, everything before {@code limit} that no form beginning there can reach past. */
    private void pass(int limit) throws IOException {
      ByteArrayOutputStream passed = new ByteArrayOutputStream();
      int i = 0;
      int plain = 0;
      while (i < limit) {
        Form match = null;
        for (Form form : firstBytes[buffer[i] & 0xff] ? forms : List.<Form>of()) {
          if (form.at(buffer, i, length) && (!form.standalone || standsAlone(i, form.bytes.length, limit))) {
            match = form;
            break;
          }
        }
        if (match == null) {
          i++;
          continue;
        }
        passed.write(buffer, plain, i - plain);
        passed.write(MASK_BYTES);
        i += match.bytes.length;
        plain = i;
      }
      int end = Math.max(plain, Math.min(i, length));
      passed.write(buffer, plain, end - plain);
      if (end > 0) {
        before = buffer[end - 1];
        System.arraycopy(buffer, end, buffer, 0, length - end);
        length -= end;
      }
      passed.writeTo(out);
    }

    private boolean standsAlone(int at, int size, int limit) {
      int previous = at == 0 ? before : buffer[at - 1];
      int next = at + size < length ? buffer[at + size] : -1;
      // Past the limit the byte after the form may still come: only the end of the stream decides then.
      boolean known = at + size < length || limit >= length;
      return !wordCharacter(previous) && known && !wordCharacter(next);
    }

    /** Passes on everything written so far, as if the stream ended here; more may follow. */
    public synchronized void release() throws IOException {
      if (!closed && length > 0) {
        pass(length);
      }
      out.flush();
    }

    /** Flushes what is passed on; the bytes held back stay held back. */
    @Override
    public synchronized void flush() throws IOException {
      out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
      if (closed) {
        return;
      }
      try {
        release();
      } finally {
        closed = true;
        out.close();
      }
    }
  }
}
