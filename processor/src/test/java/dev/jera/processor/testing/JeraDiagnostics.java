package dev.jera.processor.testing;

import com.google.testing.compile.Compilation;
import dev.jera.processor.diagnostic.MessageId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** The diagnostics Jera printed in a compilation, by id (what a message's {@code [Jera/…]} names). */
public final class JeraDiagnostics {
  private static final String PREFIX = "[Jera/";
  private static final Map<String, MessageId> BY_CODE = new HashMap<>();

  static {
    for (MessageId id : MessageId.values()) {
      BY_CODE.put(id.code(), id);
    }
  }

  private JeraDiagnostics() {}

  /** Jera's diagnostics of {@code compilation}, in the order the compiler reported them. */
  public static List<Diagnostic<? extends JavaFileObject>> of(Compilation compilation) {
    List<Diagnostic<? extends JavaFileObject>> jera = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getMessage(Locale.ROOT).startsWith(PREFIX)) {
        jera.add(diagnostic);
      }
    }
    return jera;
  }

  /** The ids of Jera's diagnostics of {@code compilation}, in the order the compiler reported them. */
  public static List<MessageId> ids(Compilation compilation) {
    List<MessageId> ids = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : of(compilation)) {
      ids.add(id(diagnostic));
    }
    return ids;
  }

  /** The id a diagnostic's message starts with; an unknown id is an error of the test's subject. */
  public static MessageId id(Diagnostic<? extends JavaFileObject> diagnostic) {
    String message = diagnostic.getMessage(Locale.ROOT);
    String code = message.substring(PREFIX.length(), message.indexOf(']'));
    MessageId id = BY_CODE.get(code);
    if (id == null) {
      throw new AssertionError("a diagnostic with an id MessageId does not define: " + message);
    }
    if (id.kind() != diagnostic.getKind()
        && !(id.kind() == Diagnostic.Kind.WARNING && diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING)) {
      throw new AssertionError("a diagnostic of kind " + diagnostic.getKind() + " where its id is a " + id.kind()
          + ": " + message);
    }
    return id;
  }
}
