package dev.jera.runtime.local;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;

/**
 * The test workflows under {@code catalog/} of the test resources (tools-lib-1, tools-call, tools-feb,
 * tools-env, tools-files, tools-broken, tools-retry), on a class loader of their own so the command line tests of
 * the main test index do not see them.
 */
public final class TestCatalog {
  private TestCatalog() {}

  /** A loader whose class path adds the catalog's folder to the tests'. */
  public static ClassLoader loader() {
    URL folder = TestCatalog.class.getResource("/catalog/");
    return new URLClassLoader(new URL[] {folder}, TestCatalog.class.getClassLoader());
  }

  /** Runs {@code work} with the catalog's loader as the thread's context loader, as {@link LocalRun#of(String)} reads it. */
  static <T> T with(Supplier<T> work) {
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
