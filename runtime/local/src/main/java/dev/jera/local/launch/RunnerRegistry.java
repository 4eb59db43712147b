package dev.jera.local.launch;

import dev.jera.local.manifest.PodTemplate;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.runner.StepRunner;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The step runners of the workflows being run, by class name: those given, and others created once
 * through their no-argument constructor, so no step pays for reflection. A script template names its
 * runner in its own args ({@code java … -cp CP <Runner> <step>}), which is not always the workflow's:
 * a library template in a workflow's manifest, or a template another workflow's task calls by
 * {@code templateRef}, names its own class's runner.
 */
public final class RunnerRegistry {
  private final Map<String, StepRunner> runners = new ConcurrentHashMap<>();
  private final Set<String> given = ConcurrentHashMap.newKeySet();
  private final ClassLoader loader;

  /** Creates runners with {@code loader} when none is registered for a class. */
  public RunnerRegistry(ClassLoader loader) {
    this.loader = loader;
  }

  /** Uses {@code runner} for main class {@code className}. */
  public RunnerRegistry register(String className, StepRunner runner) {
    runners.put(className, runner);
    given.add(className);
    return this;
  }

  /**
   * Whether the runner of {@code className} was given as an object ({@link #register}), so it can run in
   * this JVM only: no other JVM can start it by its class name.
   */
  public boolean given(String className) {
    return given.contains(className);
  }

  /** The loader runner classes come from. */
  public ClassLoader loader() {
    return loader;
  }

  /**
   * The runner for {@code className}, created on first use.
   *
   * @throws IllegalArgumentException if the class is missing or is not a {@link StepRunner} with a
   *     public no-argument constructor
   */
  public StepRunner runner(String className) {
    return runners.computeIfAbsent(className, this::create);
  }

  /**
   * The runner class a Java script template starts ({@code java … -cp CP <Runner> <step>}), or
   * {@code null} for a container template or a script that starts no Java main class.
   */
  public static String runnerClass(PodTemplate template) {
    if (template.container()) {
      return null;
    }
    JavaInvocation call = JavaInvocation.parse(template.argv());
    return call.isJava() ? call.mainClass() : null;
  }

  /**
   * Creates the runner of every Java script template {@code manifest} may run (its own and those its
   * tasks refer to), so a class missing from the class path is reported before any step runs, in
   * either mode: in this JVM the runner is called, in a JVM of its own the same class path starts it.
   *
   * @throws IllegalArgumentException naming the template and its runner when one cannot be created
   */
  public void loadAll(WorkflowManifest manifest) {
    for (PodTemplate template : manifest.podTemplates()) {
      for (PodTemplate container : template.containers()) {
        String className = runnerClass(container);
        if (className == null) {
          continue;
        }
        try {
          runner(className);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("template '" + template.name() + "': " + e.getMessage(), e);
        }
      }
    }
  }

  private StepRunner create(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("runner class " + className + " is not on the class path", e);
    }
    if (!StepRunner.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(className + " is not a " + StepRunner.class.getName());
    }
    try {
      return (StepRunner) type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalArgumentException("cannot create runner " + className + ": " + e, e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("runner " + className + " failed to start: " + e.getCause(), e.getCause());
    }
  }
}
