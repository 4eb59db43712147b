package dev.jera.samples.argo;

import dev.jera.Container;
import dev.jera.Env;
import dev.jera.Kind;
import dev.jera.Param;
import dev.jera.Script;
import dev.jera.Volume;
import dev.jera.Workflow;

/**
 * Argo's {@code examples/buildkit-template.yaml}: build and push an image with BuildKit, without
 * privileged access, in three stages over a shared claim created for each run: clone the Git
 * repository, build the binary, build and push the image containing it. Publishing needs the Secret
 * {@code docker-config} holding a {@code config.json} (see the upstream file's usage notes).
 *
 * <p>The steps are the upstream containers. Upstream sets each container's working folder
 * ({@code /work}, {@code /work/<path>}); {@code @Container} has no working folder, so the same folders
 * are given in the commands instead. The pods run without Jera's restricted profile, as upstream's do
 * (the rootless BuildKit image runs as its own user). Needs a cluster (a claim, a Secret, the network),
 * so it is compiled and compared here, not run.
 */
@Workflow(name = "buildkit", kind = Kind.WORKFLOW_TEMPLATE, restricted = false)
@Param(value = "repo", defaultValue = "https://github.com/argoproj/argo-workflows")
@Param(value = "branch", defaultValue = "master")
@Param(value = "path", defaultValue = "test/e2e/images/argosay/v2")
@Param(value = "image", defaultValue = "alexcollinsintuit/argosay:v2")
@Volume(name = "work", mountPath = "/work", size = "64Mi")
public class BuildkitTemplate {

  /** A shallow clone (the fastest kind) of one branch into the shared workspace. */
  @Script
  @Container(image = "alpine/git:v2.26.2", command = "git", args = {
      "clone", "--depth", "1", "--branch", "{{inputs.parameters.branch}}", "--single-branch",
      "{{inputs.parameters.repo}}", "/work"})
  public static void clone(@Param("repo") String repo, @Param("branch") String branch) {}

  /** Builds the binary; the example is not a Go module, so modules are off. */
  @Script(after = "clone")
  @Container(image = "golang:1.18", command = {"sh", "-c"}, args = "cd \"/work/$SOURCE\" && go build -v -o argosay ./...")
  @Env(name = "SOURCE", value = "{{inputs.parameters.path}}")
  @Env(name = "GO111MODULE", value = "off")
  public static void build(@Param("path") String path) {}

  /** Builds the image from the folder's Dockerfile and pushes it, with the registry login mounted at /.docker. */
  @Script(after = "build")
  @Container(image = "moby/buildkit:v0.9.3-rootless", command = "buildctl-daemonless.sh", args = {
      "build", "--frontend", "dockerfile.v0",
      "--local", "context=/work/{{inputs.parameters.path}}",
      "--local", "dockerfile=/work/{{inputs.parameters.path}}",
      "--output", "type=image,name=docker.io/{{inputs.parameters.image}},push=true"})
  @Env(name = "BUILDKITD_FLAGS", value = "--oci-worker-no-process-sandbox")
  @Env(name = "DOCKER_CONFIG", value = "/.docker")
  @Volume(name = "docker-config", mountPath = "/.docker", secret = "docker-config")
  public static void image(@Param("path") String path, @Param("image") String image) {}
}
