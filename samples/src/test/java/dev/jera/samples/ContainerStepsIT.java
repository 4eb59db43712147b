package dev.jera.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jera.local.LocalReport;
import dev.jera.local.LocalRun;
import dev.jera.local.Phase;
import dev.jera.local.StepReport;
import dev.jera.local.launch.AttemptOutcome;
import dev.jera.local.launch.ContainerLauncher;
import dev.jera.local.launch.StepLaunch;
import dev.jera.processor.testing.ArgoSchemas;
import dev.jera.samples.testing.ScriptStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The image {@code mvn package} built, run in real containers exactly as Argo's executor runs each
 * script step: the manifest's image, command and args, the substituted source mounted as a file whose
 * path is appended, no network, a read-only root, no capabilities, no new privileges, the image's
 * non-root user. Every sample's steps, walked through its graph, must give what the local executor
 * gives. Skipped, saying why, where podman or the image is missing (containers/setup.sh and
 * containers/build-base-image.sh set them up; .ci/run runs both).
 */
class ContainerStepsIT {
  private static final Path TARGET = Path.of("target");
  private static String image;

  @TempDir Path home;

  @BeforeAll
  static void loadTheImage() throws Exception {
    assumeTrue(run(List.of("podman", "--version")).code() == 0,
        "podman is not installed: run containers/setup.sh (.ci/run does) to run the container tests");
    assumeTrue(Boolean.getBoolean("jera.imageBuilt") && Files.isRegularFile(TARGET.resolve("jib-image.tar")),
        "no image was built: the base image " + System.getProperty("jera.baseTar")
            + " is missing; run containers/build-base-image.sh with that path (.ci/run does), then mvn verify");
    Outcome loaded = run(List.of("podman", "load", "--quiet", "-i", TARGET.resolve("jib-image.tar").toString()));
    assertWithMessage("podman load: %s", loaded.err()).that(loaded.code()).isEqualTo(0);
    image = Files.readString(TARGET.resolve("jib-image.id")).strip().replace("sha256:", "");
  }

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(CurrencyEtl.class, Map.of("run-date", "2024-01-31")),
        Arguments.of(FetchAndProcess.class, Map.of()),
        Arguments.of(CoinFlip.class, Map.of("bias", "1")),
        Arguments.of(Diamond.class, Map.of("start", "7")),
        Arguments.of(OrderPricing.class, Map.of("orders", "3")),
        Arguments.of(MonthlyReport.class, Map.of("month", "2024-02")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyStepInItsContainerGivesWhatTheLocalExecutorGives(Class<?> workflow, Map<String, String> parameters) {
    LocalReport local = configure(LocalRun.of(workflow), parameters).home(home.resolve("local")).run();
    LocalReport contained =
        configure(LocalRun.of(workflow), parameters)
            .home(home.resolve("containers"))
            .launcher(new ContainerLauncher("podman", image, "65532"))
            .run();
    assertThat(contained.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(outcomes(contained, contained.report().workflowName()))
        .isEqualTo(outcomes(local, local.report().workflowName()));
  }

  private static LocalRun configure(LocalRun run, Map<String, String> parameters) {
    parameters.forEach(run::param);
    return run.secret("warehouse", "password", "s3cret");
  }

  /** Each step's phase and result, with the run's generated name taken out (it differs per run). */
  private static Map<String, String> outcomes(LocalReport report, String runName) {
    UnaryOperator<String> neutral = text -> text == null ? null : text.replace(runName, "RUN");
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (StepReport step : report.steps().values()) {
      outcomes.put(step.name(), step.phase() + " " + neutral.apply(step.result()));
      for (StepReport child : step.children()) {
        outcomes.put(child.name(), child.phase() + " " + neutral.apply(child.result()));
      }
    }
    return outcomes;
  }

  @Test
  void badInputInTheContainerExitsTwoWithOneLine(@TempDir Path folder) throws Exception {
    AttemptOutcome outcome = step(folder, "currency-etl", "extract",
        "[{\"name\":\"pair\",\"value\":\"USD-THB\"},{\"name\":\"day\",\"value\":\"yesterday\"}]", Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    List<String> log = Files.readAllLines(folder.resolve("log"));
    assertThat(log).containsExactly(
        "jera: step 'extract': input 'day' (LocalDate): expected an ISO date such as 2024-01-31, got \"yesterday\"");
  }

  @Test
  void aUserExceptionInTheContainerExitsOne(@TempDir Path folder) throws Exception {
    AttemptOutcome outcome = step(folder, "coin-flip", "flip", "[{\"name\":\"bias\",\"value\":\"3\"}]", Map.of());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(Files.readString(folder.resolve("log"))).contains("IllegalArgumentException: bias must be between 0 and 1");
  }

  @Test
  void aMissingSecretInTheContainerExitsTwo(@TempDir Path folder) throws Exception {
    AttemptOutcome outcome = step(folder, "currency-etl", "load",
        "[{\"name\":\"rows\",\"value\":\"[]\"},{\"name\":\"day\",\"value\":\"2024-01-01\"}]", Map.of());
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(Files.readString(folder.resolve("log"))).contains("secret warehouse/password is not set");
  }

  @Test
  void theImageRunsAsANumericNonRootUser() throws Exception {
    Outcome user = run(List.of("podman", "image", "inspect", "--format", "{{.Config.User}}", image));
    assertThat(user.out().strip()).isEqualTo("65532");
  }

  @Test
  void pinnedManifestsReferTheImageByDigestAndPassArgosSchemas() throws IOException {
    assumeBuilt("argo-pinned");
    String digest = Files.readString(TARGET.resolve("jib-image.digest")).strip();
    List<Path> pinned = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(TARGET.resolve("argo-pinned"), "*.yaml")) {
      files.forEach(pinned::add);
    }
    List<Path> compiled = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(TARGET.resolve("classes/META-INF/argo"), "*.yaml")) {
      files.forEach(compiled::add);
    }
    assertThat(pinned).hasSize(compiled.size());
    for (Path file : pinned) {
      String yaml = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(yaml).doesNotContain("image: " + System.getProperty("jera.image"));
      assertWithMessage("%s", file).that(ArgoSchemas.errors(yaml)).isEmpty();
    }
    assertThat(Files.readString(TARGET.resolve("argo-pinned/diamond.yaml"))).contains("image: " + repository() + "@" + digest);
    String original = Files.readString(TARGET.resolve("classes/META-INF/argo/diamond.yaml"));
    assertThat(original).contains("image: " + System.getProperty("jera.image"));
  }

  @Test
  void theSameInputsGiveTheSameDigest() throws IOException {
    assumeBuilt("jib-pushed.digest");
    // The tarball and the push are two builds of the same inputs.
    assertThat(Files.readString(TARGET.resolve("jib-pushed.digest")).strip())
        .isEqualTo(Files.readString(TARGET.resolve("jib-image.digest")).strip());
  }

  @Test
  void anImagePulledByDigestFromTheRegistryRunsAStep(@TempDir Path folder) throws Exception {
    assumeBuilt("jib-pushed.digest");
    String digest = Files.readString(TARGET.resolve("jib-pushed.digest")).strip();
    String reference = System.getProperty("jera.registry") + "/jera-samples@" + digest;
    Outcome pulled = run(List.of("podman", "pull", "--quiet", "--tls-verify=false", reference));
    assertWithMessage("podman pull %s: %s", reference, pulled.err()).that(pulled.code()).isEqualTo(0);
    AttemptOutcome outcome = step(folder, reference, "diamond", "d",
        "[{\"name\":\"b\",\"value\":\"2\"},{\"name\":\"c\",\"value\":\"11\"}]", Map.of());
    assertThat(outcome.phase()).isEqualTo(Phase.SUCCEEDED);
    assertThat(outcome.result()).isEqualTo("b=2 c=11 sum=13");
  }

  /**
   * Pinning and the registry round trip run in the image-on-local-base profile only; on a base given with
   * -Djera.base.image the image is built, and these say they were skipped rather than fail.
   */
  private static void assumeBuilt(String file) {
    assumeTrue(Files.exists(TARGET.resolve(file)),
        "target/" + file + " is made by the image-on-local-base profile (pin and registry push), which did not run");
  }

  private static String repository() {
    String image = System.getProperty("jera.image");
    return image.substring(0, image.lastIndexOf(':'));
  }

  private static AttemptOutcome step(Path folder, String workflow, String template, String inputs, Map<String, String> env)
      throws Exception {
    return step(folder, image, workflow, template, inputs, env);
  }

  /** One script template of a sample's manifest, run in a container as Argo would run it. */
  private static AttemptOutcome step(
      Path folder, String imageReference, String workflow, String template, String inputs, Map<String, String> env)
      throws Exception {
    List<String> argv = ScriptStep.of(workflow, template).argv();
    return new ContainerLauncher("podman", imageReference, "65532")
        .launch(new StepLaunch(template, 1, argv, inputs, env, null, folder, folder.resolve("log")));
  }

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(List<String> command) throws Exception {
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return new Outcome(-1, "", e.getMessage());
    }
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    process.waitFor(10, TimeUnit.MINUTES);
    return new Outcome(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }
}
