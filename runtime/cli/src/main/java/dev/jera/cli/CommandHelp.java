package dev.jera.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * One command of {@code jera}: its name, what it takes and does, its options (the ones it parses, so
 * help and parsing cannot disagree) and its exit codes; what {@code jera help COMMAND} and
 * {@code jera COMMAND --help} print.
 *
 * @param name the command as typed, such as {@code run} or {@code list --cluster}
 * @param operands what follows the name, such as {@code NAME [options]}
 * @param summary one line for the list of commands
 * @param description what it does, in a few lines
 * @param options the options it takes
 * @param connection the options that say where Argo Server is (cluster commands), shown apart; empty for a
 *     command that works on this machine
 * @param exitCodes each exit code it returns and what it means, such as {@code 0  the workflow succeeded}
 */
public record CommandHelp(
    String name, String operands, String summary, List<String> description, List<CommandLine.Option> options,
    List<CommandLine.Option> connection, List<String> exitCodes) {
  private static final String NL = System.lineSeparator();

  public CommandHelp {
    description = List.copyOf(description);
    options = List.copyOf(options);
    connection = List.copyOf(connection);
    exitCodes = List.copyOf(exitCodes);
  }

  /** A command that works on this machine: no connection options. */
  public CommandHelp(String name, String operands, String summary, List<String> description,
      List<CommandLine.Option> options, List<String> exitCodes) {
    this(name, operands, summary, description, options, List.of(), exitCodes);
  }

  /** Every option it parses: its own, then the connection's. */
  public List<CommandLine.Option> parsed() {
    List<CommandLine.Option> all = new ArrayList<>(options);
    all.addAll(connection);
    return all;
  }

  /** {@code jera run NAME [options]}, for error messages, with where to read more. */
  public String usage() {
    return "jera " + name + (operands.isEmpty() ? "" : " " + operands) + " (see jera help " + name + ")";
  }

  /** The help text. */
  public String text() {
    StringBuilder text = new StringBuilder("usage: jera ").append(name)
        .append(operands.isEmpty() ? "" : " " + operands).append(NL).append(NL);
    description.forEach(line -> text.append(line).append(NL));
    List<CommandLine.Option> own = new ArrayList<>(options);
    own.addAll(CommandLine.COMMON);
    int width = 0;
    for (CommandLine.Option option : parsed()) {
      width = Math.max(width, option.synopsis().length());
    }
    for (CommandLine.Option option : CommandLine.COMMON) {
      width = Math.max(width, option.synopsis().length());
    }
    text.append(NL).append("options:").append(NL);
    append(text, own, width);
    if (!connection.isEmpty()) {
      text.append(NL).append("where Argo Server is (each option wins over its environment variable, read as the argo CLI"
          + " reads it):").append(NL);
      append(text, connection, width);
    }
    text.append(NL).append("exit codes:").append(NL);
    exitCodes.forEach(line -> text.append("  ").append(line).append(NL));
    return text.toString();
  }

  private static void append(StringBuilder text, List<CommandLine.Option> options, int width) {
    for (CommandLine.Option option : options) {
      text.append("  ").append(option.synopsis()).append(" ".repeat(width - option.synopsis().length() + 2))
          .append(option.description()).append(NL);
    }
  }
}
