package dev.jera.cli;

import dev.jera.argo.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options and operands of one command: {@code --name value}, {@code --name=value}, short aliases
 * such as {@code -p value}, flags, switches ({@code --secure}, {@code --secure=false}), and {@code --}
 * to end options. Unknown options and missing values are usage errors.
 */
public final class CommandLine {
  private final String command;
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final List<String> operands = new ArrayList<>();

  /**
   * An option a command accepts.
   *
   * @param name its long name, such as {@code --output}
   * @param alias its short name, such as {@code -o}, or {@code null}
   * @param value what its value is, for help, such as {@code text|json}; {@code null} for a flag
   * @param description what it does, for help
   * @param switchable whether it is a flag that also takes {@code =true} or {@code =false}
   */
  public record Option(String name, String alias, String value, String description, boolean switchable) {
    /** A flag: given or not. */
    public static Option flag(String name, String description) {
      return new Option(name, null, null, description, false);
    }

    /** An option followed by a value. */
    public static Option valued(String name, String alias, String value, String description) {
      return new Option(name, alias, value, description, false);
    }

    /**
     * A switch, as Go's command lines have them: {@code --name} alone is true, {@code --name=false}
     * turns it off; {@link #value} gives {@code "true"} or {@code "false"}.
     */
    public static Option switchable(String name, String alias, String description) {
      return new Option(name, alias, null, description, true);
    }

    /** Whether a value follows it. */
    public boolean takesValue() {
      return value != null;
    }

    Option withAlias(String alias) {
      return new Option(name, alias, value, description, switchable);
    }

    /** How help shows it: {@code -o, --output text|json}. */
    String synopsis() {
      return (alias == null ? "    " : alias + ", ") + name + (value == null ? "" : " " + value)
          + (switchable ? "[=false]" : "");
    }
  }

  /** The options every command takes besides its own. */
  public static final List<Option> COMMON = List.of(Option.flag("--help", "this help").withAlias("-h"));

  /**
   * Whether {@code args} ask for help ({@code -h}, {@code --help}) where an option may stand: not as the
   * value of another option, nor after {@code --}.
   */
  static boolean asksForHelp(List<String> args, List<Option> options) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        return true;
      }
      for (Option option : options) {
        if (option.takesValue() && (arg.equals(option.name()) || arg.equals(option.alias()))) {
          i++;
        }
      }
    }
    return false;
  }

  private CommandLine(String command) {
    this.command = command;
  }

  /** Parses {@code args} of {@code command}, which accepts {@code options}. */
  public static CommandLine parse(String command, List<String> args, List<Option> options) {
    CommandLine line = new CommandLine(command);
    Map<String, Option> known = new LinkedHashMap<>();
    for (Option option : options) {
      known.put(option.name(), option);
      if (option.alias() != null) {
        known.put(option.alias(), option);
      }
    }
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        line.operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        line.operands.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      Option option = known.get(name);
      if (option == null) {
        throw new UsageException("'" + command + "' has no option '" + name + "'"
            + DidYouMean.hint(name, known.keySet())
            + " (options: " + String.join(", ", names(options)) + ")");
      }
      if (option.switchable()) {
        if (value != null && !value.equals("true") && !value.equals("false")) {
          throw new UsageException("option '" + option.name() + "' of '" + command + "' is true or false, not '" + value + "'");
        }
        value = value == null ? "true" : value;
      } else if (!option.takesValue()) {
        if (value != null) {
          throw new UsageException("option '" + option.name() + "' of '" + command + "' takes no value");
        }
        value = "true";
      } else if (value == null) {
        if (i + 1 >= args.size()) {
          throw new UsageException("option '" + name + "' of '" + command + "' needs a value");
        }
        value = args.get(++i);
      }
      line.values.computeIfAbsent(option.name(), n -> new ArrayList<>()).add(value);
    }
    return line;
  }

  private static List<String> names(List<Option> options) {
    List<String> names = new ArrayList<>();
    for (Option option : options) {
      names.add(option.alias() == null ? option.name() : option.alias() + "/" + option.name());
    }
    return names;
  }

  /** Whether flag {@code name} was given. */
  public boolean flag(String name) {
    return values.containsKey(name);
  }

  /** Every value of option {@code name}, in order. */
  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The value of option {@code name}; given twice, the last one wins. */
  public Optional<String> value(String name) {
    List<String> all = all(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The one operand the command takes, named {@code what} in messages. */
  public String single(String what, String usage) {
    if (operands.isEmpty()) {
      throw new UsageException("'" + command + "' needs " + what + ": " + usage);
    }
    if (operands.size() > 1) {
      throw new UsageException("'" + command + "' takes one operand, " + what + ", but got " + operands.size() + " ("
          + String.join(" ", operands) + "): " + usage);
    }
    return operands.get(0);
  }

  /** The operands, in order. */
  public List<String> operands() {
    return List.copyOf(operands);
  }

  /** Refuses operands for a command that takes none. */
  public void noOperands(String usage) {
    if (!operands.isEmpty()) {
      throw new UsageException("'" + command + "' takes no arguments, got '" + operands.get(0) + "': " + usage);
    }
  }
}
