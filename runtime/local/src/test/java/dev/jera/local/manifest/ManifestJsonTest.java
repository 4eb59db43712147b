package dev.jera.local.manifest;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** A manifest's YAML values as Argo holds them once it has converted the manifest to JSON. */
class ManifestJsonTest {
  @Test
  void convertsYamlValuesAsArgoHoldsThem() throws Exception {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    assertThat(ManifestJson.of(yaml.readTree("{b: 2.50, a: [x, 3, true, ~]}")))
        .isEqualTo("{\"a\":[\"x\",3,true,null],\"b\":2.5}");
  }
}
