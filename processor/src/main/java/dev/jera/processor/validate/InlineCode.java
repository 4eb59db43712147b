package dev.jera.processor.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the argument of a command line that an interpreter runs as code: the command string of
 * {@code sh -c}, {@code bash -ec} and the other shells (the first operand after options that include
 * {@code c}), and the code after {@code python -c}, {@code perl -e}, {@code ruby -e}, {@code node -e}
 * and {@code pwsh -Command}, after an optional {@code env} or {@code busybox} in front. Arguments after
 * the code (a shell's {@code $0}, {@code $1}, …) are data, not code.
 *
 * @param index the code's position in the command line
 * @param interpreter how to name the interpreter in a message, e.g. {@code sh -c}
 * @param read how code of that language reads an environment variable {@code NAME}, e.g. {@code "$NAME"}
 */
record InlineCode(int index, String interpreter, String read) {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "mksh", "yash");
  private static final Pattern PYTHON = Pattern.compile("python[0-9.]*");

  /** The code argument of {@code argv} (command and args together), if it runs an interpreter on code. */
  static Optional<InlineCode> in(List<String> argv) {
    int at = 0;
    while (at < argv.size() && (program(argv.get(at)).equals("env") || program(argv.get(at)).equals("busybox"))) {
      at++;
      while (at < argv.size() && (argv.get(at).startsWith("-") || argv.get(at).contains("="))) {
        at++; // env's options and VAR=value assignments
      }
    }
    if (at >= argv.size()) {
      return Optional.empty();
    }
    String program = program(argv.get(at));
    if (SHELLS.contains(program)) {
      return shellCode(argv, at + 1, program);
    }
    if (PYTHON.matcher(program).matches()) {
      return codeAfter(argv, at + 1, Set.of("-c"), program + " -c", "os.environ[\"NAME\"]");
    }
    switch (program) {
      case "perl":
        return codeAfter(argv, at + 1, Set.of("-e", "-E"), "perl -e", "$ENV{NAME}");
      case "ruby":
        return codeAfter(argv, at + 1, Set.of("-e"), "ruby -e", "ENV[\"NAME\"]");
      case "node":
      case "nodejs":
        return codeAfter(argv, at + 1, Set.of("-e", "--eval", "-p", "--print"), program + " -e", "process.env.NAME");
      case "pwsh":
      case "powershell":
        return codeAfter(argv, at + 1, Set.of("-c", "-command", "-Command"), program + " -Command", "$env:NAME");
      default:
        return Optional.empty();
    }
  }

  /** How code of this interpreter reads the environment variable {@code name}. */
  String reading(String name) {
    return read.replace("NAME", name);
  }

  /** A shell runs its first operand as code when its options include {@code c} ({@code -c}, {@code -ec}, …). */
  private static Optional<InlineCode> shellCode(List<String> argv, int from, String shell) {
    boolean command = false;
    for (int i = from; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (arg.equals("--")) {
        return command && i + 1 < argv.size() ? Optional.of(new InlineCode(i + 1, shell + " -c", "\"$NAME\"")) : Optional.empty();
      }
      if (arg.startsWith("--")) {
        continue; // bash's long options: --login, --norc, …
      } else if ((arg.startsWith("-") || arg.startsWith("+")) && arg.length() > 1) {
        command |= arg.startsWith("-") && arg.indexOf('c') > 0;
        if (arg.indexOf('o') > 0) {
          i++; // -o (alone or in -euo) takes an option name: -euo pipefail
        }
      } else {
        return command ? Optional.of(new InlineCode(i, shell + " -c", "\"$NAME\"")) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The argument after one of {@code flags}, before the first operand. */
  private static Optional<InlineCode> codeAfter(
      List<String> argv, int from, Set<String> flags, String interpreter, String read) {
    for (int i = from; i + 1 < argv.size() && argv.get(i).startsWith("-"); i++) {
      if (flags.contains(argv.get(i))) {
        return Optional.of(new InlineCode(i + 1, interpreter, read));
      }
    }
    return Optional.empty();
  }

  /** The program's name without its folder: {@code /bin/bash} is {@code bash}. */
  private static String program(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }
}
