package dev.jera.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jera.processor.diagnostic.MessageId.DNS_ON_SCRIPT;
import static dev.jera.processor.diagnostic.MessageId.INVALID_ANNOTATION;
import static dev.jera.processor.diagnostic.MessageId.INVALID_DNS_CONFIG;
import static dev.jera.processor.diagnostic.MessageId.INVALID_LABEL;
import static dev.jera.processor.diagnostic.MessageId.INVALID_NODE_SELECTOR;
import static dev.jera.processor.diagnostic.MessageId.INVALID_QUANTITY;
import static dev.jera.processor.diagnostic.MessageId.INVALID_RESOURCE_CLAIM;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SPEC_PATCH;
import static dev.jera.processor.diagnostic.MessageId.INVALID_SUB_PATH;
import static dev.jera.processor.diagnostic.MessageId.LIMIT_BELOW_REQUEST;
import static dev.jera.processor.diagnostic.MessageId.UNKNOWN_RESOURCE_CLAIM;
import static dev.jera.processor.diagnostic.MessageId.UNRESOLVED_TAG;
import static dev.jera.processor.testing.Sources.java;

import dev.jera.processor.testing.Compile;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in pod metadata, spec patches, resource claims, DNS, pod resources and sub-paths. */
class PodSpecRulesTest {

  private static JavaFileObject script(String classAnnotations, String annotations) {
    return java("Etl", classAnnotations + "\n@Workflow\n@Param(value = \"arch\", defaultValue = \"amd64\")\npublic class Etl {\n"
        + "  @Script\n  " + annotations + "\n  public static String one(@Param(\"arch\") String arch) { return \"1\"; }\n}\n");
  }

  @Test
  void aSpecPatchParses() {
    JavaFileObject source = script("", "@Pod(specPatch = \"{\\\"containers\\\": [{\\\"name\\\": \\\"main\\\"}\")");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of one() does not parse as YAML or JSON")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void aSpecPatchPatchesOnlyThePodsContainers() {
    JavaFileObject source = script("",
        "@Pod(specPatch = \"{\\\"containers\\\":[{\\\"name\\\":\\\"mian\\\", \\\"resources\\\":{\\\"limits\\\":{\\\"cpu\\\": \\\"{{workflow.parameters.arch}}\\\"}}}]}\")");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of one() patches container 'mian'; the pod's containers are main, wait;"
            + " did you mean 'main'?")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void onlyAStepThatTakesFilesHasAnInitContainer() {
    JavaFileObject source = script("", "@Pod(specPatch = \"initContainers: [{name: init, resources: {limits: {cpu: '1'}}}]\")");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of one() patches container 'init'; the pod has none of that kind")
        .inFile(source).onLineContaining("specPatch");
    JavaFileObject takesAFile = java("Etl", """
        @Workflow
        public class Etl {
          @Script
          @Pod(specPatch = "initContainers: [{name: init, resources: {limits: {cpu: '1'}}}]")
          public static String one(@Http("https://example.com/a.csv") java.nio.file.Path csv) { return "1"; }
        }
        """);
    assertThat(Compile.withImage(takesAFile)).succeededWithoutWarnings();
  }

  @Test
  void aSpecPatchIsAPodSpec() {
    JavaFileObject source = script("@Pod(specPatch = \"contianers: []\")", "");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of the workflow: 'contianers' is not a pod spec field; did you mean 'containers'?")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void aSpecPatchIsAMapping() {
    JavaFileObject source = script("", "@Pod(specPatch = \"- name: main\")");
    assertThat(Compile.expecting(INVALID_SPEC_PATCH).withImage(source))
        .hadErrorContaining("@Pod(specPatch) of one() is a list, but a pod spec patch is a mapping")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void aSpecPatchsTagsResolve() {
    JavaFileObject source = script("", "@Pod(specPatch = \"containers: [{name: main, resources: {limits: {memory: '{{workflow.parameters.mem}}'}}}]\")");
    assertThat(Compile.expecting(UNRESOLVED_TAG).withImage(source))
        .hadErrorContaining("{{workflow.parameters.mem}} in @Pod(specPatch) of one()")
        .inFile(source).onLineContaining("specPatch");
  }

  @Test
  void podLabelsAreKubernetesLabels() {
    JavaFileObject source = script("", "@Pod(labels = \"tier=front end\")");
    assertThat(Compile.expecting(INVALID_LABEL).withImage(source))
        .hadErrorContaining("label 'tier=front end' is not a valid Kubernetes label")
        .inFile(source).onLineContaining("front end");
  }

  @Test
  void podAnnotationKeysAreLabelKeys() {
    JavaFileObject source = script("@Pod(annotations = \"iam role=arn\")", "");
    assertThat(Compile.expecting(INVALID_ANNOTATION).withImage(source))
        .hadErrorContaining("the pods' annotation 'iam role=arn' is not valid")
        .inFile(source).onLineContaining("iam role");
  }

  @Test
  void nodeSelectorValuesMayHoldTagsButKeysMayNot() {
    JavaFileObject fine = script("", "@Pod(nodeSelector = \"kubernetes.io/arch={{inputs.parameters.arch}}\")");
    assertThat(Compile.withImage(fine)).succeededWithoutWarnings();
    JavaFileObject source = script("", "@Pod(nodeSelector = \"{{inputs.parameters.arch}}=yes\")");
    assertThat(Compile.expecting(INVALID_NODE_SELECTOR).withImage(source))
        .hadErrorContaining("its key holds a tag, which Argo does not substitute in keys")
        .inFile(source).onLineContaining("nodeSelector");
  }

  @Test
  void resourceClaimsNameATemplateOrAClaim() {
    JavaFileObject source = script("@Pod(resourceClaims = \"accelerator\")", "");
    assertThat(Compile.expecting(INVALID_RESOURCE_CLAIM).withImage(source))
        .hadErrorContaining("resource claim 'accelerator' is not valid: write name=template (a ResourceClaimTemplate) or"
            + " name=claim/existing (a ResourceClaim)")
        .inFile(source).onLineContaining("resourceClaims");
  }

  @Test
  void containersUseDeclaredClaims() {
    JavaFileObject source = script("@Pod(resourceClaims = \"accelerator=example-device-claim-template\")",
        "@Resources(claims = \"acelerator\")");
    assertThat(Compile.expecting(UNKNOWN_RESOURCE_CLAIM).withImage(source))
        .hadErrorContaining("@Resources(claims) of one() uses claim 'acelerator', which is not declared; declared:"
            + " accelerator; did you mean 'accelerator'?")
        .inFile(source).onLineContaining("acelerator");
  }

  @Test
  void aScriptsClaimsReplaceItsClasss() {
    JavaFileObject source = script("@Pod(resourceClaims = \"accelerator=example-device-claim-template\")",
        "@Pod(resourceClaims = \"gpu=large-gpu\") @Resources(claims = \"accelerator\")");
    assertThat(Compile.expecting(UNKNOWN_RESOURCE_CLAIM).withImage(source))
        .hadErrorContaining("uses claim 'accelerator', which is not declared; declared: gpu")
        .inFile(source).onLineContaining("@Resources(claims");
  }

  @Test
  void nameserversAreIpAddresses() {
    JavaFileObject source = script("@Pod(nameservers = {\"1.2.3.4\", \"2001:db8::1\", \"dns.example.com\"}, dnsOptions = \"ndots=2\")", "");
    assertThat(Compile.expecting(INVALID_DNS_CONFIG).withImage(source))
        .hadErrorContaining("nameserver 'dns.example.com' is not an IP address")
        .inFile(source).onLineContaining("nameservers");
  }

  @Test
  void dnsOptionsAreNamed() {
    JavaFileObject source = script("@Pod(dnsOptions = \"=2\")", "");
    assertThat(Compile.expecting(INVALID_DNS_CONFIG).withImage(source))
        .hadErrorContaining("DNS option '=2' is not valid: write name=value or name")
        .inFile(source).onLineContaining("dnsOptions");
  }

  @Test
  void dnsIsTheWorkflows() {
    JavaFileObject source = script("", "@Pod(nameservers = \"1.2.3.4\")");
    assertThat(Compile.expecting(DNS_ON_SCRIPT).withImage(source))
        .hadErrorContaining("@Pod(nameservers, dnsOptions, dnsSearches) of one() only applies to the whole workflow")
        .inFile(source).onLineContaining("nameservers");
  }

  @Test
  void podResourcesAreQuantities() {
    JavaFileObject source = script("@PodResources(cpu = \"100m\", memory = \"64MB\")", "");
    assertThat(Compile.expecting(INVALID_QUANTITY).withImage(source))
        .hadErrorContaining("@PodResources(memory = \"64MB\") is not a valid Kubernetes quantity")
        .inFile(source).onLineContaining("64MB");
  }

  @Test
  void podLimitsAreNotBelowRequests() {
    JavaFileObject source = script("", "@PodResources(memory = \"1Gi\", memoryLimit = \"512Mi\")");
    assertThat(Compile.expecting(LIMIT_BELOW_REQUEST).withImage(source))
        .hadErrorContaining("memoryLimit")
        .inFile(source).onLineContaining("512Mi");
  }

  @Test
  void subPathsAreRelative() {
    JavaFileObject source = script("", "@Volume(name = \"logs\", mountPath = \"/logs\", subPath = \"/etl\")");
    assertThat(Compile.expecting(INVALID_SUB_PATH).withImage(source))
        .hadErrorContaining("@Volume(subPath = \"/etl\") is absolute; a sub-path is relative to the volume's root")
        .inFile(source).onLineContaining("subPath");
  }

  @Test
  void subPathsStayInTheVolume() {
    JavaFileObject source = script("", "@Volume(name = \"logs\", mountPath = \"/logs\", subPath = \"etl/../../x\")");
    assertThat(Compile.expecting(INVALID_SUB_PATH).withImage(source))
        .hadErrorContaining("contains '..'")
        .inFile(source).onLineContaining("subPath");
  }
}
