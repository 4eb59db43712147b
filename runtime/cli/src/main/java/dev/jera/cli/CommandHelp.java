package dev.jera.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One command of {@code jera}: its name, what it takes and does, its options (the ones it parses, so
 * help and parsing cannot disagree) and its exit codes; what {@code jera help COMMAND} and
 * {@code jera COMMAND --help} print.
 *
 * @param name the command, such as {@code run}
 * @param operands what follows the name, such as {@code NAME [options]}
 * @param summary one line for the list of commands
 * @param description what it does, in a few lines
 * @param options the options it takes
 * @param exitCodes each exit code it returns and what it means, such as {@code 0  the workflow succeeded}
 */
record CommandHelp(
    String name, String operands, String summary, List<String> description, List<CommandLine.Option> options,
    List<String> exitCodes) {
  private static final String NL = System.lineSeparator();

  CommandHelp {
    description = List.copyOf(description);
    options = List.copyOf(options);
    exitCodes = List.copyOf(exitCodes);
  }

  /** {@code jera run NAME [options]}, for error messages, with where to read more. */
  String usage() {
    return "jera " + name + (operands.isEmpty() ? "" : " " + operands) + " (see jera help " + name + ")";
  }

  /** The help text. */
  String text() {
    StringBuilder text = new StringBuilder("usage: jera ").append(name)
        .append(operands.isEmpty() ? "" : " " + operands).append(NL).append(NL);
    description.forEach(line -> text.append(line).append(NL));
    List<CommandLine.Option> all = new ArrayList<>(options);
    all.addAll(CommandLine.COMMON);
    int width = 0;
    for (CommandLine.Option option : all) {
      width = Math.max(width, option.synopsis().length());
    }
    text.append(NL).append("options:").append(NL);
    for (CommandLine.Option option : all) {
      text.append("  ").append(option.synopsis()).append(" ".repeat(width - option.synopsis().length() + 2))
          .append(option.description()).append(NL);
    }
    text.append(NL).append("exit codes:").append(NL);
    exitCodes.forEach(line -> text.append("  ").append(line).append(NL));
    return text.toString();
  }
}
