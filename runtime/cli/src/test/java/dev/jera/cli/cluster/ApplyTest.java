package dev.jera.cli.cluster;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jera.cli.cluster.testing.FakeArgoServer.Fault;
import dev.jera.cli.cluster.testing.FakeArgoServer;
import dev.jera.cli.cluster.testing.Jera;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyTest extends ClusterTestBase {
  @TempDir Path folder;

  @Test
  void createsTheTemplatesThatOthersCallFirst() {
    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out().lines().collect(Collectors.toList())).containsExactly(
        "created   ClusterWorkflowTemplate 'shared-tools'",
        "created   WorkflowTemplate 'greeting'",
        "created   CronWorkflow 'nightly'").inOrder();
    assertThat(result.err()).contains("applied 3: 3 created");
    assertThat(server.resource("WorkflowTemplate", "argo", "greeting")).isNotNull();
    assertThat(server.resource("ClusterWorkflowTemplate", null, "shared-tools")).isNotNull();
    assertThat(server.resource("CronWorkflow", "argo", "nightly")).isNotNull();
    assertThat(server.received().stream().allMatch(FakeArgoServer.Received::authorized)).isTrue();
  }

  @Test
  void aRerunChangesNothingAndSaysSo() {
    applied();
    int before = server.received().size();

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("unchanged WorkflowTemplate 'greeting'");
    assertThat(result.err()).contains("applied 3: 3 unchanged");
    List<FakeArgoServer.Received> rerun = server.received().subList(before, server.received().size());
    assertThat(rerun.stream().map(FakeArgoServer.Received::method).collect(Collectors.toSet())).containsExactly("GET");
  }

  @Test
  void anEditOnTheClusterIsUndoneAtItsResourceVersion() {
    applied();
    ObjectNode live = server.resource("WorkflowTemplate", "argo", "greeting");
    ((ObjectNode) live.path("spec").path("templates").get(1).path("script")).put("image", "someone/else:latest");
    live.withObjectProperty("metadata").withObjectProperty("annotations").put("owner", "ops");
    server.deleteTemplate("WorkflowTemplate", "argo", "greeting");
    server.put("WorkflowTemplate", "argo", live);

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("updated   WorkflowTemplate 'greeting' (spec.templates[1].script.image differed)");
    assertThat(result.err()).contains("applied 3: 1 updated, 2 unchanged");
    ObjectNode after = server.resource("WorkflowTemplate", "argo", "greeting");
    assertThat(after.path("spec").path("templates").get(1).path("script").path("image").asText())
        .isEqualTo("registry.example.com/jera-cluster-test:1.0");
    assertThat(after.path("metadata").path("annotations").path("owner").asText()).isEqualTo("ops");
    assertThat(jera.run("apply").err()).contains("3 unchanged");
  }

  @Test
  void aCreateWhoseAnswerIsLostIsNotSentTwice() {
    server.fault("POST", "/workflow-templates/", 1, Fault.dropAfter());

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("created   WorkflowTemplate 'greeting'");
    assertThat(result.err()).contains("was lost while trying to create WorkflowTemplate 'greeting'");
    assertThat(posts("/api/v1/workflow-templates/argo")).isEqualTo(1);
  }

  @Test
  void aConflictOnCreateReadsItAgainAndUpdates() {
    // Someone creates greeting, differently, between our read and our create.
    server.fault("POST", "/workflow-templates/", 1, Fault.status(409, "workflowtemplates.argoproj.io \"greeting\" already exists"));

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("created   WorkflowTemplate 'greeting'");
    assertThat(server.resource("WorkflowTemplate", "argo", "greeting")).isNotNull();
  }

  @Test
  void aStaleResourceVersionOnUpdateIsRetriedFromAFreshRead() {
    applied();
    ObjectNode live = server.resource("CronWorkflow", "argo", "nightly");
    live.withObjectProperty("spec").putArray("schedules").add("0 2 * * *");
    server.deleteTemplate("CronWorkflow", "argo", "nightly");
    server.put("CronWorkflow", "argo", live);
    server.fault("PUT", "/cron-workflows/", 1, Fault.status(409, "the object has been modified"));

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.out()).contains("updated   CronWorkflow 'nightly'");
    assertThat(server.resource("CronWorkflow", "argo", "nightly").path("spec").path("schedules").get(0).asText())
        .isEqualTo("0 1 * * *");
  }

  @Test
  void aServerErrorIsRetriedWithBackoff() {
    server.fault("GET", "/cluster-workflow-templates/", 2, Fault.status(503, "etcd is restarting"));

    Jera.Result result = jera.run("apply");

    assertWithMessage(result.toString()).that(result.code()).isEqualTo(0);
    assertThat(result.err()).contains("the Argo Server failed to read ClusterWorkflowTemplate 'shared-tools' (503: etcd"
        + " is restarting); check the argo-server logs");
    assertThat(result.err()).contains("trying again in");
  }

  @Test
  void aServerErrorThatLastsStopsEverythingWithOneLine() {
    server.fault("GET", "/cluster-workflow-templates/", 10, Fault.html(502, "502 Bad Gateway"));

    Jera.Result result = jera.run("apply");

    assertThat(result.code()).isEqualTo(3);
    String last = result.err().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).isEqualTo("jera: the Argo Server failed to read ClusterWorkflowTemplate 'shared-tools' (502: an"
        + " HTML page, '502 Bad Gateway'); check the argo-server logs (kubectl logs deploy/argo-server -n <its namespace>)"
        + " (gave up after 4 tries)");
    assertThat(server.resources("WorkflowTemplate", "argo")).isEmpty();
  }

  @Test
  void aRefusedTemplateFailsAloneAndWhatNeedsItIsNotApplied() {
    server.lintError("greeting", "templates.print-message.script.image: image is required");

    Jera.Result result = jera.run("apply");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("created   ClusterWorkflowTemplate 'shared-tools'");
    assertThat(result.out()).contains("failed    WorkflowTemplate 'greeting': the Argo Server refused to create"
        + " WorkflowTemplate 'greeting' in namespace 'argo' (400: templates.print-message.script.image: image is required)");
    assertThat(result.out()).contains("failed    CronWorkflow 'nightly': task 'greet' needs WorkflowTemplate 'greeting',"
        + " but the Argo Server refused");
    assertThat(result.err()).contains("applied 3: 1 created, 2 failed");
    assertThat(server.resource("CronWorkflow", "argo", "nightly")).isNull();
  }

  @Test
  void aForbiddenKindFailsAlone() {
    server.fault("POST", "/cluster-workflow-templates", 1,
        Fault.status(403, "clusterworkflowtemplates.argoproj.io is forbidden: User \"system:serviceaccount:argo:ci\" cannot create"));

    Jera.Result result = jera.run("apply");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).contains("failed    ClusterWorkflowTemplate 'shared-tools': not allowed to create"
        + " ClusterWorkflowTemplate 'shared-tools' (403: clusterworkflowtemplates.argoproj.io is forbidden");
    assertThat(result.out()).contains("check the RBAC of ARGO_TOKEN's service account in namespace 'argo'");
    assertThat(result.out()).contains("created   WorkflowTemplate 'greeting'");
  }

  @Test
  void dryRunPrintsWhatAnApplyToAnEmptyNamespaceSends() {
    Jera.Result dry = jera.run("apply", "--dry-run");
    assertWithMessage(dry.toString()).that(dry.code()).isEqualTo(0);
    assertThat(server.received()).isEmpty();

    applied();

    List<String> sent = server.received().stream().map(FakeArgoServer.Received::line).collect(Collectors.toList());
    assertThat(dry.out().lines().collect(Collectors.toList())).isEqualTo(sent);
  }

  @Test
  void aTemplateFromOutsideTheProjectMustBeOnTheClusterFirst() throws IOException {
    Path classes = folder.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF/jera"));
    Files.createDirectories(classes.resolve("META-INF/argo"));
    Files.writeString(classes.resolve("META-INF/jera/index.json"), "{\"version\":1,\"workflows\":["
        + entry("helper") + "," + entry("uses-external") + "]}");
    Files.writeString(classes.resolve("META-INF/argo/uses-external.yaml"), template("uses-external", "not-here"));
    Files.writeString(classes.resolve("META-INF/argo/helper.yaml"), template("helper", "uses-external"));
    Jera project = jera.loader(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));

    Jera.Result missing = project.run("apply");

    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.out().lines().collect(Collectors.toList())).containsExactly(
        "failed    WorkflowTemplate 'uses-external': task 'call-not-here' needs WorkflowTemplate 'not-here', but"
            + " WorkflowTemplate 'not-here' is not on the cluster in namespace 'argo' and not in this project: apply the"
            + " project that defines it first, or check ARGO_NAMESPACE",
        "failed    WorkflowTemplate 'helper': task 'call-uses-external' needs WorkflowTemplate 'uses-external', but it"
            + " was not applied").inOrder();
    assertThat(server.resources("WorkflowTemplate", "argo")).isEmpty();

    server.put("WorkflowTemplate", "argo", (ObjectNode) new ObjectMapper().readTree(
        "{\"apiVersion\":\"argoproj.io/v1alpha1\",\"kind\":\"WorkflowTemplate\",\"metadata\":{\"name\":\"not-here\"},"
            + "\"spec\":{\"templates\":[{\"name\":\"t\",\"container\":{\"image\":\"busybox:1.36\"}}]}}"));
    Jera.Result applied = project.run("apply");
    assertWithMessage(applied.toString()).that(applied.code()).isEqualTo(0);
    assertThat(applied.out()).isEqualTo("created   WorkflowTemplate 'uses-external'\ncreated   WorkflowTemplate 'helper'\n");
  }

  private static String entry(String name) {
    return "{\"name\":\"" + name + "\",\"kind\":\"WorkflowTemplate\",\"style\":\"DAG\",\"className\":\"x." + name
        + "\",\"runner\":\"x.Runner\",\"manifest\":\"META-INF/argo/" + name + ".yaml\",\"parameters\":[],\"steps\":[]}";
  }

  private static String template(String name, String calls) {
    return String.join("\n",
        "apiVersion: argoproj.io/v1alpha1",
        "kind: WorkflowTemplate",
        "metadata:",
        "  name: " + name,
        "spec:",
        "  entrypoint: main",
        "  templates:",
        "  - name: main",
        "    dag:",
        "      tasks:",
        "      - name: call-" + calls,
        "        templateRef:",
        "          name: " + calls,
        "          template: t",
        "");
  }

  private long posts(String path) {
    return server.received().stream().filter(r -> r.method().equals("POST") && r.target().equals(path)).count();
  }
}
