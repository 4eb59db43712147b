package dev.jera.maven;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The {@code -Ajera.*} options this build gives javac, read from maven-compiler-plugin's configuration (the
 * plugin's, with its {@code default-compile} execution's over it), as Jera's processor records them in the index.
 */
final class CompilerOptions {
  static final String COMPILER_GROUP = "org.apache.maven.plugins";
  static final String COMPILER_ARTIFACT = "maven-compiler-plugin";
  private static final String PREFIX = "-Ajera.";

  private CompilerOptions() {}

  /** The options of the compiler plugin among {@code plugins}, or empty when it is not there. */
  static Map<String, String> of(List<Plugin> plugins) {
    Map<String, String> options = new TreeMap<>();
    compiler(plugins).ifPresent(compiler -> {
      read((Xpp3Dom) compiler.getConfiguration(), options);
      for (PluginExecution execution : compiler.getExecutions()) {
        if (execution.getId().equals("default-compile")) {
          read((Xpp3Dom) execution.getConfiguration(), options);
        }
      }
    });
    return options;
  }

  /** Where javac writes generated sources: the compiler plugin's {@code generatedSourcesDirectory}, if set. */
  static Optional<String> generatedSources(List<Plugin> plugins) {
    return compiler(plugins).map(compiler -> (Xpp3Dom) compiler.getConfiguration())
        .map(configuration -> configuration.getChild("generatedSourcesDirectory"))
        .map(Xpp3Dom::getValue)
        .filter(value -> !value.isBlank());
  }

  private static Optional<Plugin> compiler(List<Plugin> plugins) {
    return plugins.stream()
        .filter(plugin -> COMPILER_GROUP.equals(plugin.getGroupId()) && COMPILER_ARTIFACT.equals(plugin.getArtifactId()))
        .findFirst();
  }

  private static void read(Xpp3Dom configuration, Map<String, String> options) {
    if (configuration == null) {
      return;
    }
    Xpp3Dom args = configuration.getChild("compilerArgs");
    if (args != null) {
      for (Xpp3Dom arg : args.getChildren()) {
        add(arg.getValue(), options);
      }
    }
    Xpp3Dom argument = configuration.getChild("compilerArgument");
    if (argument != null) {
      Words.split(argument.getValue()).forEach(word -> add(word, options));
    }
  }

  private static void add(String arg, Map<String, String> options) {
    if (arg == null || !arg.strip().startsWith(PREFIX)) {
      return;
    }
    String option = arg.strip().substring(2);
    int equals = option.indexOf('=');
    options.put(equals < 0 ? option : option.substring(0, equals), equals < 0 ? "" : option.substring(equals + 1));
  }
}
