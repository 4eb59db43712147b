package dev.jera.samples.argo;

import dev.jera.Call;
import dev.jera.Container;
import dev.jera.Git;
import dev.jera.Output;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Style;
import dev.jera.Template;
import dev.jera.Value;
import dev.jera.Volume;
import dev.jera.Workflow;
import java.nio.file.Path;

/**
 * Argo's {@code examples/ci-output-artifact.yaml}: a claim {@code workdir} created for the run is mounted
 * at {@code /go}. {@code build} compiles golang/example's {@code hello} from its input artifact {@code code}
 * (a git checkout) into the claim; {@code test} runs it on three images, one per item (each a map of an
 * {@code image} and a {@code tag}); {@code release} leaves the claim's content as the output artifact
 * {@code release}.
 */
@Workflow(name = "ci-output-artifact", entrypoint = "ci-example", style = Style.STEPS)
@Volume(name = "workdir", mountPath = "/go", size = "1Gi")
public class CiOutputArtifact {
  /**
   * Builds {@code hello}, as upstream's {@code go build -v .}; the checkout lands where Jera places input
   * files, so it is copied into the claim first, to where upstream's lands.
   */
  @Template(name = "build-golang-example")
  @Container(image = "golang:1.8", command = {"sh", "-c"}, args = {
      " mkdir -p /go/src/github.com/golang && cp -R \"{{inputs.artifacts.code.path}}\" /go/src/github.com/golang/example &&"
          + " cd /go/src/github.com/golang/example/hello && go build -v . "})
  public static void buildGolangExample(@Git(repo = "https://github.com/golang/example.git", revision = "cfe12d6") Path code) {}

  /** Runs {@code hello} on the image of the item. */
  @Template(name = "run-hello")
  @Container(image = "{{inputs.parameters.os-image}}", command = {"sh", "-c"}, args = {
      " uname -a ; cat /etc/os-release ; /go/src/github.com/golang/example/hello/hello "})
  public static void runHello(@Param("os-image") String osImage) {}

  /** Leaves the claim's content, {@code /go}, as the output artifact {@code release}. */
  @Template(name = "release-artifact")
  @Output("release")
  public static Path releaseArtifact() {
    return Path.of("/go");
  }

  @Script(name = "build") @Call(template = "build-golang-example")
  static void build() {}

  @Script(name = "test", after = "build", items = {
      "{\"image\": \"debian\", \"tag\": \"9.1\"}",
      "{\"image\": \"alpine\", \"tag\": \"3.6\"}",
      "{\"image\": \"ubuntu\", \"tag\": \"17.10\"}"})
  @Call(template = "run-hello")
  static void test(@Value("{{item.image}}:{{item.tag}}") String osImage) {}

  @Script(name = "release", after = "test") @Call(template = "release-artifact")
  static void release() {}
}
