package dev.jera.runner;

/**
 * The environment variable a Secret's key reaches a step through: {@code JERA_SECRET_<NAME>_<KEY>},
 * upper case, every character other than a letter or digit turned into {@code _}. The manifest's
 * {@code secretKeyRef} and the local executor use the same name.
 */
public final class SecretEnv {
  private SecretEnv() {}

  /** The variable for key {@code key} of Secret {@code name}. */
  public static String variable(String name, String key) {
    return "JERA_SECRET_" + normalise(name) + "_" + normalise(key);
  }

  /**
   * {@code text} as a part of an environment variable's name: upper case, every character other than a
   * letter or digit turned into {@code _}. The local executor names ConfigMap keys the same way.
   */
  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      out.append(plain ? Character.toUpperCase(c) : '_');
    }
    return out.toString();
  }
}
