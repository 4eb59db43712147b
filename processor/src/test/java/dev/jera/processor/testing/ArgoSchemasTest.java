package dev.jera.processor.testing;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The schema check itself catches what Argo rejects, so a passing manifest means something. */
class ArgoSchemasTest {

  @Test
  void acceptsAMinimalWorkflow() {
    assertThat(ArgoSchemas.errors("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: hello-}
        spec:
          entrypoint: main
          templates:
          - name: main
            container: {image: busybox:1.36, command: [echo, hi]}
        """)).isEmpty();
  }

  @Test
  void rejectsUnknownFields() {
    assertThat(ArgoSchemas.errors("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: hello-}
        spec:
          entrypoint: main
          colour: blue
          templates:
          - name: main
            container: {image: busybox:1.36}
        """)).isNotEmpty();
  }

  @Test
  void rejectsParameterValuesThatAreNotStrings() {
    assertThat(ArgoSchemas.errors("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: hello-}
        spec:
          entrypoint: main
          arguments: {parameters: [{name: n, value: 3}]}
          templates:
          - name: main
            container: {image: busybox:1.36}
        """)).isNotEmpty();
  }

  @Test
  void rejectsBadTemplateNamesThroughTheCrdSchema() {
    assertThat(ArgoSchemas.errors("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: hello-}
        spec:
          entrypoint: main
          templates:
          - name: bad_name
            container: {image: busybox:1.36}
        """)).isNotEmpty();
  }
}
