package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** The {@code -Ajera.*} options of maven-compiler-plugin's configuration, as the index records them. */
class CompilerOptionsTest {
  private static Plugin compiler(String configuration) throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    plugin.setConfiguration(Xpp3DomBuilder.build(new StringReader(configuration)));
    return plugin;
  }

  @Test
  void readsTheJeraOptionsOfCompilerArgs() throws Exception {
    Plugin compiler = compiler("""
        <configuration>
          <compilerArgs>
            <arg>-Xlint:all</arg>
            <arg> -Ajera.image=registry.example.com/etl:1.1 </arg>
            <arg>-Ajera.appVersion=1.1</arg>
            <arg>-Ajera.javaOptions=-Xmx1g -Da=b=c</arg>
            <arg>-Ajera.flag</arg>
            <arg>-Aother.option=x</arg>
          </compilerArgs>
        </configuration>
        """);

    assertThat(CompilerOptions.of(List.of(compiler))).containsExactly(
        "jera.appVersion", "1.1",
        "jera.flag", "",
        "jera.image", "registry.example.com/etl:1.1",
        "jera.javaOptions", "-Xmx1g -Da=b=c").inOrder();
  }

  @Test
  void theDefaultCompileExecutionWinsAndCompilerArgumentCounts() throws Exception {
    Plugin compiler = compiler("""
        <configuration>
          <compilerArgument>-Ajera.image=a:1 -Ajera.appVersion=1</compilerArgument>
        </configuration>
        """);
    PluginExecution compile = new PluginExecution();
    compile.setId("default-compile");
    compile.setConfiguration(Xpp3DomBuilder.build(new StringReader(
        "<configuration><compilerArgs><arg>-Ajera.image=a:2</arg></compilerArgs></configuration>")));
    PluginExecution tests = new PluginExecution();
    tests.setId("default-testCompile");
    tests.setConfiguration(Xpp3DomBuilder.build(new StringReader(
        "<configuration><compilerArgs><arg>-Ajera.image=test:9</arg></compilerArgs></configuration>")));
    compiler.setExecutions(List.of(tests, compile));

    assertThat(CompilerOptions.of(List.of(compiler))).isEqualTo(Map.of("jera.image", "a:2", "jera.appVersion", "1"));
  }

  @Test
  void noCompilerPluginNoOptions() throws Exception {
    Plugin other = compiler("<configuration><compilerArgs><arg>-Ajera.image=x</arg></compilerArgs></configuration>");
    other.setArtifactId("not-the-compiler");

    assertThat(CompilerOptions.of(List.of(other))).isEmpty();
    assertThat(CompilerOptions.generatedSources(List.of(other))).isEmpty();
  }

  @Test
  void generatedSourcesWhereTheCompilerSays() throws Exception {
    Plugin compiler = compiler("<configuration><generatedSourcesDirectory>target/gen</generatedSourcesDirectory></configuration>");

    assertThat(CompilerOptions.generatedSources(List.of(compiler))).hasValue("target/gen");
  }
}
