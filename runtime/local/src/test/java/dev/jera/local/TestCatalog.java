package dev.jera.local;

import dev.jera.local.testing.TestWorkflows;
import java.net.URL;
import java.util.function.Supplier;

/**
 * The test workflows under {@code catalog/} of the test resources (tools-lib-1, tools-call, tools-feb,
 * tools-env, tools-files, tools-broken, tools-retry), on a class loader of their own so the command line tests of
 * the main test index do not see them.
 */
public final class TestCatalog {
  private TestCatalog() {}

  /** A loader whose workflows are the catalog's and the executor's other test workflows. */
  public static ClassLoader loader() {
    URL folder = TestCatalog.class.getResource("/catalog/");
    return TestWorkflows.of(folder, TestWorkflows.rootOf(TestCatalog.class));
  }

  /** Runs {@code work} with the catalog's loader as the thread's context loader, as {@link LocalRun#of(String)} reads it. */
  public static <T> T with(Supplier<T> work) {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader());
    try {
      return work.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
