package dev.jera.local.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code java} command line split into its parts: the class path, the main class and the program's
 * arguments ({@code java -XX:… -cp CP Main step}); the JVM options are skipped.
 *
 * @param executable the command, such as {@code java}
 * @param classpathIndex the index in the argv of the class path's value, or -1 when there is none
 * @param mainClass the main class, or {@code null} when the command runs no class
 * @param arguments the program's arguments
 * @param argv the whole command line
 */
record JavaInvocation(
    String executable, int classpathIndex, String mainClass, List<String> arguments,
    List<String> argv) {

  /** Splits {@code argv}; a command that is not a plain {@code java -cp … Main} has no main class. */
  static JavaInvocation parse(List<String> argv) {
    int classpath = -1;
    int i = 1;
    while (i < argv.size()) {
      String arg = argv.get(i);
      if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
        classpath = i + 1;
        i += 2;
      } else if (arg.startsWith("-")) {
        i++;
      } else {
        break;
      }
    }
    String mainClass = i < argv.size() ? argv.get(i) : null;
    List<String> arguments = i + 1 < argv.size() ? argv.subList(i + 1, argv.size()) : List.of();
    return new JavaInvocation(argv.isEmpty() ? null : argv.get(0), classpath, mainClass,
        List.copyOf(arguments), List.copyOf(argv));
  }

  /** Whether the command starts a JVM. */
  boolean isJava() {
    return "java".equals(executable) || (executable != null && executable.endsWith("/java"));
  }

  /** The command line with {@code java} and the class path replaced by this machine's. */
  List<String> localized(String javaExecutable, String classpath) {
    List<String> local = new ArrayList<>(argv);
    if (isJava()) {
      local.set(0, javaExecutable);
      if (classpathIndex > 0 && classpathIndex < local.size()) {
        local.set(classpathIndex, classpath);
      }
    }
    return local;
  }
}
