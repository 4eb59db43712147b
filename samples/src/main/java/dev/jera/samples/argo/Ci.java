package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Git;
import dev.jera.Graph;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.nio.file.Path;

/**
 * Argo's {@code examples/ci.yaml}: the entry steps template {@code ci-example} builds golang/example at the
 * revision {@code revision} (a git checkout, the input file {@code code} of {@code build-golang-example}) in
 * a claim {@code workdir} made for the run, then runs the built {@code hello} on three images at once.
 *
 * <p>Upstream's checkout lands in the claim itself ({@code /go/src/github.com/golang/example}); Jera places
 * input files where it places them, so the build copies the checkout there first.
 */
@Workflow(name = "ci-example", entrypoint = "ci-example", labels = "workflows.argoproj.io/no-test=environment")
@Param(value = "revision", defaultValue = "cfe12d6")
@Volume(name = "workdir", mountPath = "/go", size = "1Gi")
public class Ci {
  /** Builds {@code hello} from the checkout of the revision. */
  @Template(name = "build-golang-example")
  @Container(image = "golang:1.8", command = {"sh", "-c"}, args = {
      " mkdir -p /go/src/github.com/golang && cp -R \"{{inputs.artifacts.code.path}}\" /go/src/github.com/golang/example &&"
          + " cd /go/src/github.com/golang/example/hello && git status && go build -v . "})
  public static void buildGolangExample(
      @Param("revision") String revision,
      @Git(repo = "https://github.com/golang/example.git", revision = "{{inputs.parameters.revision}}") Path code) {}

  /** Runs {@code hello} on the image of the item. */
  @Template(name = "run-hello")
  @Container(image = "{{inputs.parameters.os-image}}", command = {"sh", "-c"}, args = {
      " uname -a ; cat /etc/os-release ; /go/src/github.com/golang/example/hello/hello "})
  public static void runHello(@Param("os-image") String osImage) {}

  /** Build, then test on three images. */
  @Graph(name = "ci-example", style = Style.STEPS)
  @Param("revision")
  static class CiExample {
    @Script(name = "build") @Call(template = "build-golang-example")
    static void build(@Value("{{inputs.parameters.revision}}") String revision) {}

    @Script(name = "test", after = "build", items = {
        "{\"image\": \"debian\", \"tag\": \"9.1\"}",
        "{\"image\": \"alpine\", \"tag\": \"3.6\"}",
        "{\"image\": \"ubuntu\", \"tag\": \"17.10\"}"})
    @Call(template = "run-hello")
    static void test(@Value("{{item.image}}:{{item.tag}}") String osImage) {}
  }
}
