package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The command's options, in its messages, become the properties a Maven user gives. */
class MavenWordingTest {
  @Test
  void parametersAndTheirFile() {
    assertThat(MavenWording.of("jera: parameter 'day' (-p day=31-01) is not a valid java.time.LocalDate"))
        .isEqualTo("jera: parameter 'day' (-Djera.param.day=31-01) is not a valid java.time.LocalDate");
    assertThat(MavenWording.of("jera: -f params.yaml: no such file"))
        .isEqualTo("jera: -Djera.parametersFile=params.yaml: no such file");
  }

  @Test
  void secretsConfigMapsAndArtifacts() {
    assertThat(MavenWording.of("jera: step 'load' needs secret warehouse/password; give it with --secret"
        + " warehouse/password=VALUE or the environment variable JERA_SECRET_WAREHOUSE_PASSWORD"))
        .isEqualTo("jera: step 'load' needs secret warehouse/password; give it with -Djera.secret."
            + "warehouse/password=VALUE or the environment variable JERA_SECRET_WAREHOUSE_PASSWORD");
    assertThat(MavenWording.of("give it with --config-map limits/etl=VALUE"))
        .isEqualTo("give it with -Djera.configMap.limits/etl=VALUE");
    assertThat(MavenWording.of("give a local copy with --artifact load.rows=PATH"))
        .isEqualTo("give a local copy with -Djera.artifact.load.rows=PATH");
  }

  @Test
  void retries() {
    assertThat(MavenWording.of("jera: --fast-retries retries at once and --retry-backoff 1s after a wait: give one of them"))
        .isEqualTo("jera: -Djera.fastRetries retries at once and -Djera.retryBackoff=1s after a wait: give one of them");
    assertThat(MavenWording.of("jera: --retry-backoff 'x': not a duration (0 retries at once)"))
        .isEqualTo("jera: -Djera.retryBackoff='x': not a duration (0 retries at once)");
  }

  @Test
  void resumes() {
    assertThat(MavenWording.of("jera: --resume 'approve:message': expected STEP:OUTPUT=VALUE"))
        .isEqualTo("jera: -Djera.resume='approve:message': expected STEP:OUTPUT=VALUE");
    assertThat(MavenWording.of("or jera run x --resume approve:message=…"))
        .isEqualTo("or jera run x -Djera.resume=approve:message=…");
  }

  @Test
  void wordsThatOnlyLookLikeOptionsStay() {
    assertThat(MavenWording.of("jera: unknown workflow 'top-p'; did you mean 'top-p x'?"))
        .isEqualTo("jera: unknown workflow 'top-p'; did you mean 'top-p x'?");
  }

  @Test
  void aClusterCommandsLineNamesGoalsAndPropertiesAndEachArgoVariablesPropertyOnce() {
    assertThat(MavenWording.ofCluster("jera: WorkflowTemplate 'greeting' is not on the cluster in namespace 'argo'; apply it"
        + " first (jera apply), or check ARGO_NAMESPACE"))
        .isEqualTo("jera: WorkflowTemplate 'greeting' is not on the cluster in namespace 'argo'; apply it first"
            + " (mvn jera:apply), or check ARGO_NAMESPACE (as properties: ARGO_NAMESPACE is -Djera.argo.namespace)");
    assertThat(MavenWording.ofCluster("jera: lost the watch …; then follow it again with: jera watch etl-x7k2p"))
        .isEqualTo("jera: lost the watch …; then follow it again with: mvn jera:watch -Djera.workflow=etl-x7k2p");
    assertThat(MavenWording.ofCluster("jera: there is no workflow 'x'; check the name (jera list --cluster) and"
        + " ARGO_NAMESPACE"))
        .isEqualTo("jera: there is no workflow 'x'; check the name (mvn jera:list -Djera.cluster) and ARGO_NAMESPACE"
            + " (as properties: ARGO_NAMESPACE is -Djera.argo.namespace)");
    assertThat(MavenWording.ofCluster("not trusted; check --certificate-authority, or set ARGO_INSECURE_SKIP_VERIFY=true;"
        + " check ARGO_SECURE and ARGO_SECURE"))
        .isEqualTo("not trusted; check -Djera.argo.certificateAuthority, or set ARGO_INSECURE_SKIP_VERIFY=true; check"
            + " ARGO_SECURE and ARGO_SECURE (as properties: ARGO_INSECURE_SKIP_VERIFY is -Djera.argo.insecureSkipVerify,"
            + " ARGO_SECURE is -Djera.argo.secure)");
    assertThat(MavenWording.ofCluster("jera: the copy differs: pin again (mvn package), or pass --no-pinned"))
        .isEqualTo("jera: the copy differs: pin again (mvn package), or pass -Djera.usePinned=false");
  }
}
