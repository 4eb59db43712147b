package dev.jera.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.CONTAINER_SET_OUTSIDE_WORKFLOW;
import static dev.jera.processor.diagnostic.MessageId.DUPLICATE_MEMBER_NAME;
import static dev.jera.processor.diagnostic.MessageId.EMPTY_CONTAINER_SET;
import static dev.jera.processor.diagnostic.MessageId.FILE_INTO_NON_MAIN;
import static dev.jera.processor.diagnostic.MessageId.INVALID_MEMBER_NAME;
import static dev.jera.processor.diagnostic.MessageId.MEMBER_CYCLE;
import static dev.jera.processor.diagnostic.MessageId.MEMBER_NOT_CALLABLE;
import static dev.jera.processor.diagnostic.MessageId.MEMBER_STEP_SETTING;
import static dev.jera.processor.diagnostic.MessageId.OUTPUT_OF_NON_MAIN;
import static dev.jera.processor.diagnostic.MessageId.RESERVED_MEMBER_NAME;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_MEMBER;
import static dev.jera.processor.testing.Sources.java;

import com.google.testing.compile.Compilation;
import dev.jera.processor.testing.Compile;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @ContainerSet}: the template it becomes, and the mistakes in its members (Argo's rules 55–57). */
class ContainerSetRulesTest {

  /** A workflow whose entrypoint is the container set {@code main}, whose body is {@code members}. */
  private static JavaFileObject set(String members) {
    return java("Etl", "@Workflow(name = \"etl\", entrypoint = \"main\")\npublic class Etl {\n"
        + "  @ContainerSet(name = \"main\")\n  public static class Pod {\n    "
        + members.strip().replace("\n", "\n    ") + "\n  }\n}\n");
  }

  @Test
  void aContainerSetBecomesATemplateOfContainersWithDependencies() {
    JavaFileObject source = java("Etl", """
        @Workflow(name = "etl")
        public class Etl {
          @ContainerSet
          @Volume(name = "workspace", mountPath = "/workspace")
          public static class Group {
            @Script public static void fetch(String day) {}
            @Script(after = "fetch") @Container(image = "alpine:3.20", command = {"sh", "-c", "ls /workspace"})
            public static void list() {}
            @Script(name = "main", after = {"fetch", "list"}) public static String report() { return "ok"; }
          }

          @Script @Call(template = "group")
          static String run(@Value("2024-01-01") String day) { return null; }

          @Script
          static void check(@From("run") String report) {}
        }
        """);
    Compilation compilation = Compile.withImage(List.of(Compile.RUNNER_SOURCE), source);
    assertThat(compilation).succeededWithoutWarnings();
    String manifest = Compile.manifest(compilation, "etl");
    assertThat(manifest).contains("""
          - name: group
            inputs:
              parameters:
              - name: day
            containerSet:
              volumeMounts:
              - name: workspace
                mountPath: /workspace
              containers:
              - name: fetch
        """);
    assertThat(manifest).contains("""
                - test.Etl_JeraRunner
                - group.fetch
                - "{{inputs.parameters}}"
        """);
    assertThat(manifest).contains("""
              - name: list
                image: alpine:3.20
                command:
                - sh
                - -c
                - ls /workspace
        """);
    assertThat(manifest).contains("""
                - group.main
                - "[]"
        """);
    assertThat(manifest).contains("""
                dependencies:
                - fetch
                - list
        """);
    assertThat(manifest).contains("value: \"{{tasks.run.outputs.result}}\"");
    String runner = Compile.runner(compilation, "test.Etl_JeraRunner");
    assertThat(runner).contains("Etl.Group.fetch(");
    assertThat(runner).contains("return Etl.Group.report()");
  }

  @Test
  void aSetHasAtLeastOneMember() {
    JavaFileObject source = set("static void helper() {}");
    assertThat(Compile.expecting(EMPTY_CONTAINER_SET).withImage(source))
        .hadErrorContaining("container set Pod has no @Script method, so its pod would run no container")
        .inFile(source).onLineContaining("@ContainerSet");
  }

  @Test
  void membersHaveContainerNamesOfTheirOwn() {
    JavaFileObject invalid = set("@Script(name = \"Fetch_All\") public static void fetch() {}");
    assertThat(Compile.expecting(INVALID_MEMBER_NAME).withImage(invalid))
        .hadErrorContaining("member fetch() of container set Pod is named 'Fetch_All', which is not a valid container name:")
        .inFile(invalid).onLineContaining("Fetch_All");
    JavaFileObject reserved = set("@Script public static void main() {}\n@Script public static void wait() {}".replace("wait()", "wait_()")
        .replace("@Script public static void wait_", "@Script(name = \"wait\") public static void wait_"));
    assertThat(Compile.expecting(RESERVED_MEMBER_NAME).withImage(reserved))
        .hadErrorContaining("member wait_() of container set Pod is named 'wait', the name of Argo's executor container,"
            + " which Argo adds to the pod")
        .inFile(reserved).onLineContaining("\"wait\"");
    JavaFileObject twice = set("@Script public static void a() {}\n@Script(name = \"a\") public static void b() {}");
    assertThat(Compile.expecting(DUPLICATE_MEMBER_NAME).withImage(twice))
        .hadErrorContaining("member b() of container set Pod has the name 'a' of member a() of container set Pod;"
            + " the containers of one pod need names of their own")
        .inFile(twice).onLineContaining("name = \"a\"");
  }

  @Test
  void afterNamesAMember() {
    JavaFileObject source = set("@Script public static void fetch() {}\n@Script(after = \"fetsh\") public static void main() {}");
    assertThat(Compile.expecting(UNKNOWN_MEMBER).withImage(source))
        .hadErrorContaining("member main() of container set Pod waits for 'fetsh', which is no member of its set"
            + " (members: fetch, main); did you mean 'fetch'?")
        .inFile(source).onLineContaining("fetsh");
  }

  @Test
  void membersCannotWaitForEachOther() {
    JavaFileObject source = set("""
        @Script(after = "c") public static void a() {}
        @Script(after = "a") public static void b() {}
        @Script(after = "b") public static void c() {}""");
    assertThat(Compile.expecting(MEMBER_CYCLE).withImage(source))
        .hadErrorContaining("members of container set Pod wait for each other (a waits for c waits for b waits for a),"
            + " so none of them would ever start")
        .inFile(source).onLineContaining("after = \"a\"");
  }

  @Test
  void filesComeInAndOutputsGoOutThroughMainOnly() {
    JavaFileObject file = set("""
        @Script public static void fetch(@Http("https://example.com/a.csv") java.nio.file.Path data) {}
        @Script public static void main() {}""");
    assertThat(Compile.expecting(FILE_INTO_NON_MAIN).withImage(file))
        .hadErrorContaining("parameter data of member fetch() of container set Pod is an input file, which Argo loads"
            + " into the container named main only")
        .inFile(file).onLineContaining("Path data");
    JavaFileObject output = set("""
        @Script @Output("count") public static int fetch() { return 1; }
        @Script public static void main() {}""");
    assertThat(Compile.expecting(OUTPUT_OF_NON_MAIN).withImage(output))
        .hadErrorContaining("@Output of member fetch() of container set Pod: a container set's outputs are those of its"
            + " member main")
        .inFile(output).onLineContaining("@Output(\"count\")");
  }

  @Test
  void aMemberHasNoSettingsOfAStep() {
    JavaFileObject when = set("@Script(when = \"{{workflow.name}} != ''\") public static void main() {}");
    assertThat(Compile.expecting(MEMBER_STEP_SETTING).withImage(when))
        .hadErrorContaining("when on member main() of container set Pod: a member is a container of the set's pod,"
            + " which runs once its after have succeeded; it has no when of its own")
        .inFile(when).onLineContaining("when =");
    JavaFileObject retry = set("@Script @Retry(limit = 2) public static void main() {}");
    assertThat(Compile.expecting(MEMBER_STEP_SETTING).withImage(retry))
        .hadErrorContaining("@Retry on member main() of container set Pod")
        .inFile(retry).onLineContaining("@Retry");
  }

  @Test
  void theRunnerMustBeAbleToCallAMember() {
    JavaFileObject source = set("@Script private static void main() {}");
    assertThat(Compile.expecting(MEMBER_NOT_CALLABLE).withImage(source))
        .hadErrorContaining("member main() of container set Pod is private, but the generated runner calls a member as"
            + " OwnerClass.method(); make it static and not private")
        .inFile(source).onLineContaining("private static void main");
  }

  @Test
  void aContainerSetIsAStaticClassNestedInAWorkflow() {
    JavaFileObject outside = java("Loose", """
        @ContainerSet
        public class Loose {
          @Script public static void main() {}
        }
        """);
    assertThat(Compile.expecting(CONTAINER_SET_OUTSIDE_WORKFLOW).withImage(outside))
        .hadErrorContaining("@ContainerSet on Loose, which is not nested in a @Workflow class; a container set is a"
            + " static class nested in the @Workflow class whose steps call it")
        .inFile(outside).onLineContaining("@ContainerSet");
    JavaFileObject inner = java("Etl", """
        @Workflow(name = "etl", entrypoint = "pod")
        public class Etl {
          @ContainerSet
          public class Pod {
            @Script public static void main() {}
          }
        }
        """);
    assertThat(Compile.expecting(CONTAINER_SET_OUTSIDE_WORKFLOW).withImage(inner))
        .hadErrorContaining("@ContainerSet on Pod, which is an inner class (not static)")
        .inFile(inner).onLineContaining("@ContainerSet");
  }
}
