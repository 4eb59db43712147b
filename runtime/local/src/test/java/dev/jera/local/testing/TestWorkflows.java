package dev.jera.local.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * Class loaders that see the compiled workflows ({@code META-INF/jera/}, {@code META-INF/argo/}) of given class
 * path roots only, and every class of the tests' class path: so test suites whose workflows share one class path
 * (the executor's hand-written test workflows, from jera-local's test jar, and the workflows jera-cli's tests
 * compile with the processor) each see their own.
 */
public final class TestWorkflows extends URLClassLoader {
  private TestWorkflows(URL[] roots, ClassLoader parent) {
    super(roots, parent);
  }

  /** The workflows of {@code roots} alone. */
  public static ClassLoader of(URL... roots) {
    return new TestWorkflows(roots, TestWorkflows.class.getClassLoader());
  }

  /** The executor's test workflows: {@code hello} and {@code boom} (jera-local's test resources). */
  public static ClassLoader executorTests() {
    return of(rootOf(TestWorkflows.class));
  }

  /** The class path root (folder or jar) {@code type} was loaded from. */
  public static URL rootOf(Class<?> type) {
    try {
      URL location = type.getProtectionDomain().getCodeSource().getLocation();
      return location.toURI().toURL();
    } catch (URISyntaxException | java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public URL getResource(String name) {
    return compiledWorkflow(name) ? findResource(name) : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws java.io.IOException {
    return compiledWorkflow(name) ? findResources(name) : super.getResources(name);
  }

  private static boolean compiledWorkflow(String name) {
    return name.startsWith("META-INF/jera/") || name.startsWith("META-INF/argo/");
  }
}
