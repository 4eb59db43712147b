package dev.jera.samples.argo;

import dev.jera.Archive;
import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Env;
import dev.jera.Kind;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.S3;
import dev.jera.Script;
import dev.jera.Template;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Argo's {@code examples/ci-workflowtemplate.yaml}: the WorkflowTemplate {@code ci} builds and tests
 * golang/example on the branch {@code branch} in a claim {@code work} made for the run, mounted per step
 * at sub-folders. {@code cache-restore} restores the Go caches from the optional input files
 * {@code GOMODCACHE} and {@code GOCACHE} (absent on the first run), {@code clone}, {@code deps},
 * {@code build} and {@code test} run the Go tool, {@code test} leaves {@code test-report} unarchived,
 * and the exit handler {@code cache-store} stores the caches for the next run.
 *
 * <p>Upstream's containers start in {@code workingDir: /go/src/github.com/golang/example}; the Go steps
 * here change to it first.
 */
@Workflow(name = "ci", kind = Kind.WORKFLOW_TEMPLATE, entrypoint = "main", onExit = "cache-store",
    annotations = "workflows.argoproj.io/description=This workflows builds and tests Argo Workflows.\n\n"
        + "It demonstrates:\n\n* Cache restore and store.\n* Publishing test reports.\n")
@Param(value = "branch", defaultValue = "master")
public class CiWorkflowtemplate {
  static final String SRC = "/go/src/github.com/golang/example";
  static final String CLAIM = "64Mi";

  /** The Go caches of an earlier run, or none. */
  public record Caches(
      @Output("GOMODCACHE") @S3(key = "github.com/golang/examples/{{workflow.parameters.branch}}/GOMODCACHE")
      Optional<Path> gomodcache,
      @Output("GOCACHE") @S3(key = "github.com/golang/examples/{{workflow.parameters.branch}}/GOCACHE")
      Optional<Path> gocache) {}

  /** Copies the caches of an earlier run, when there are any, to where the Go tool keeps them on the claim. */
  @Template(name = "cache-restore")
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "mod", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "cache", size = CLAIM)
  public static void cacheRestore(
      @Param("GOMODCACHE") @S3(key = "github.com/golang/examples/{{workflow.parameters.branch}}/GOMODCACHE")
      Optional<Path> gomodcache,
      @Param("GOCACHE") @S3(key = "github.com/golang/examples/{{workflow.parameters.branch}}/GOCACHE")
      Optional<Path> gocache) throws IOException {
    restore(gomodcache, Path.of("/go/pkg/mod"));
    restore(gocache, Path.of("/root/.cache/go-build"));
  }

  private static void restore(Optional<Path> cache, Path target) throws IOException {
    Files.createDirectories(target);
    if (cache.isPresent()) {
      try (var files = Files.walk(cache.get())) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(cache.get().relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  /** Leaves the Go caches on the claim as the optional output files {@code GOMODCACHE} and {@code GOCACHE}. */
  @Template(name = "cache-store")
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "GOMODCACHE", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "GOCACHE", size = CLAIM)
  public static Caches cacheStore() {
    return new Caches(present(Path.of("/go/pkg/mod")), present(Path.of("/root/.cache/go-build")));
  }

  private static Optional<Path> present(Path folder) {
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** Clones the branch into the claim's {@code src}. */
  @Template(name = "clone")
  @Container(image = "golang:1.18", command = {"sh", "-euxc"}, args = {
      "cd " + SRC + "\n"
          + "git clone -v -b \"$BRANCH\" --single-branch --depth 1 https://github.com/golang/example.git .\n"})
  @Volume(name = "work", mountPath = SRC, subPath = "src", size = CLAIM)
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "GOMODCACHE", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "GOCACHE", size = CLAIM)
  @Env(name = "BRANCH", value = "{{workflow.parameters.branch}}")
  public static void cloneBranch() {}

  /** Downloads the modules. */
  @Template
  @Container(image = "golang:1.18", command = {"sh", "-xuce"}, args = {"cd " + SRC + "\ngo mod download -x\n"})
  @Volume(name = "work", mountPath = SRC, subPath = "src", size = CLAIM)
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "GOMODCACHE", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "GOCACHE", size = CLAIM)
  public static void deps() {}

  /** Builds every package. */
  @Template
  @Container(image = "golang:1.18", command = {"sh", "-xuce"}, args = {"cd " + SRC + "\ngo build ./...\n"})
  @Volume(name = "work", mountPath = SRC, subPath = "src", size = CLAIM)
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "GOMODCACHE", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "GOCACHE", size = CLAIM)
  public static void build() {}

  /** Tests every package and leaves the report {@code test-report}, unarchived. */
  @Template
  @Container(image = "golang:1.18", command = {"sh", "-euxc"}, args = {
      "cd " + SRC + "\n"
          + "go install github.com/jstemmer/go-junit-report@latest\n"
          + "go install github.com/alexec/junit2html@v0.0.2\n\n"
          + "trap 'cat test.out | go-junit-report | junit2html > \"{{outputs.artifacts.test-report.path}}\"' EXIT\n\n"
          + "go test -v ./... 2>&1 > test.out\n"})
  @Volume(name = "work", mountPath = SRC, subPath = "src", size = CLAIM)
  @Volume(name = "work", mountPath = "/go/pkg/mod", subPath = "GOMODCACHE", size = CLAIM)
  @Volume(name = "work", mountPath = "/root/.cache/go-build", subPath = "GOCACHE", size = CLAIM)
  @Output("test-report")
  @S3(key = "{{workflow.parameters.branch}}/test-report.html")
  @Archive(Archive.Format.NONE)
  public static Path test() {
    return null;
  }

  @Script(name = "cache-restore") @Call(template = "cache-restore")
  static void cacheRestoreTask() {}

  @Script(name = "clone") @Call(template = "clone")
  static void cloneTask() {}

  @Script(name = "deps", after = {"clone", "cache-restore"}) @Call(template = "deps")
  static void depsTask() {}

  @Script(name = "build", after = "deps") @Call(template = "build")
  static void buildTask() {}

  @Script(name = "test", after = "build") @Call(template = "test")
  static void testTask() {}
}
