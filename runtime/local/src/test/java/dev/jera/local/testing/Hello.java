package dev.jera.local.testing;

/** Stands for the {@code @Workflow} class the test index names for workflow {@code hello}. */
public final class Hello {
  private Hello() {}
}
