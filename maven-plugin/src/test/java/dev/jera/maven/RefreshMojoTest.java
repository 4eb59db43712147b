package dev.jera.maven;

import static com.google.common.truth.Truth.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RefreshMojoTest {
  @Test
  void saysWhichOptionsChanged() {
    assertThat(RefreshMojo.differences(
        Map.of("jera.image", "etl:1", "jera.appVersion", "1", "jera.runAsUser", "1000"),
        Map.of("jera.image", "etl:2", "jera.appVersion", "1", "jera.classpath", "/app/*")))
        .isEqualTo("no -Ajera.classpath where this build gives -Ajera.classpath=/app/*, -Ajera.image=etl:1 where"
            + " this build gives etl:2, -Ajera.runAsUser=1000 where this build gives none");
  }
}
