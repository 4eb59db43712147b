package dev.jera.local.launch;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.security.Permission;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Keeps a step that runs in this JVM from ending it: {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} called on a step's thread, or on a thread started from it, end that step's
 * attempt with the exit code instead, as the step's own process would end, and this JVM goes on.
 *
 * <p>Java lets code refuse an exit only through a {@code SecurityManager}: one can be installed on Java
 * 17, on Java 18 to 23 only when the JVM was started with {@code -Djava.security.manager=allow}, and
 * never from Java 24 on. Jera's permits everything else, and stays installed for the JVM's life, so a
 * step thread that outlives its attempt still cannot end the JVM. Where none can be installed,
 * {@link #unavailable()} says why and {@link Launchers} runs Java steps in a JVM of their own.
 */
public final class ExitGuard {
  private static final InheritableThreadLocal<Watch> WATCHED = new InheritableThreadLocal<>();
  private static boolean tried;
  private static String unavailable;

  private ExitGuard() {}

  /**
   * Installs the guard unless it is installed already or cannot be.
   *
   * @return whether steps in this JVM are guarded
   */
  public static synchronized boolean install() {
    if (!tried) {
      tried = true;
      unavailable = tryInstall();
    }
    return unavailable == null;
  }

  /**
   * Why this JVM cannot stop a step from ending it, as the second half of a sentence saying that steps
   * run in JVMs of their own; {@code null} when it can.
   */
  public static synchronized String unavailable() {
    install();
    return unavailable;
  }

  /** Watches the current thread, and threads it starts from now on, for exits, on behalf of {@code watch}. */
  static void watch(Watch watch) {
    WATCHED.set(watch);
  }

  /** The exit code a step asked to end with, set once by its first call to exit. */
  static final class Watch {
    private final AtomicReference<Integer> code = new AtomicReference<>();
    private final IntConsumer onExit;

    /** A watch that gives {@code onExit} the code on the exiting thread, once, when the step first asks to exit. */
    Watch(IntConsumer onExit) {
      this.onExit = onExit;
    }

    /** The code of the step's first exit, or {@code null} when it has not asked to exit. */
    Integer code() {
      return code.get();
    }

    private void exited(int status) {
      if (code.compareAndSet(null, status)) {
        onExit.accept(status);
      }
    }
  }

  /**
   * What a step's exit throws: the exit does not happen, and the step's code unwinds as from any
   * exception. Its attempt has ended already, whatever that code does next.
   */
  static final class StepExitException extends SecurityException {
    private static final long serialVersionUID = 1L;
    private final int status;

    StepExitException(int status) {
      super("exit(" + status + ") ends this step, not the JVM it runs in");
      this.status = status;
    }

    /** The exit code asked for. */
    int status() {
      return status;
    }
  }

  @SuppressWarnings("removal")
  private static String tryInstall() {
    SecurityManager present = System.getSecurityManager();
    if (present instanceof Manager) {
      return null;
    }
    if (present != null) {
      return "this JVM's SecurityManager (" + present.getClass().getName()
          + ") is not Jera's, which keeps a step's System.exit from ending the JVM";
    }
    int feature = Runtime.version().feature();
    if (feature >= 24) {
      return "Java " + feature + " cannot keep a step's System.exit from ending this JVM (no SecurityManager since"
          + " Java 24); run on Java 17 to 23 to run steps in this JVM";
    }
    String allowed = System.getProperty("java.security.manager");
    if (feature > 17 && !"allow".equals(allowed) || "disallow".equals(allowed)) {
      return "this JVM cannot keep a step's System.exit from ending it; start it with -Djava.security.manager=allow"
          + " to run steps in this JVM";
    }
    // With a SecurityManager installed, a common pool created afterwards would run its tasks on
    // threads without permissions or a context class loader; create it as it would be without one.
    ForkJoinPool.commonPool();
    try {
      withoutDeprecationWarning(() -> System.setSecurityManager(new Manager()));
      return null;
    } catch (UnsupportedOperationException | SecurityException e) {
      return "this JVM cannot keep a step's System.exit from ending it (" + e.getMessage() + ")";
    }
  }

  /**
   * Runs {@code install} with the error stream the JVM started with discarded: {@code setSecurityManager}
   * prints a four-line deprecation warning there (not to {@code System.err}), which would otherwise greet
   * every {@code jera run}. Only the JDK's private field holds that stream, so it is swapped through
   * {@code sun.misc.Unsafe}; where that fails, the warning is printed and nothing else changes.
   */
  private static void withoutDeprecationWarning(Runnable install) {
    Object unsafe;
    Object base;
    long offset;
    Method get;
    Method put;
    try {
      Class<?> type = Class.forName("sun.misc.Unsafe");
      Field instance = type.getDeclaredField("theUnsafe");
      instance.setAccessible(true);
      unsafe = instance.get(null);
      Field stream = initialErrorStream();
      base = type.getMethod("staticFieldBase", Field.class).invoke(unsafe, stream);
      offset = (long) type.getMethod("staticFieldOffset", Field.class).invoke(unsafe, stream);
      get = type.getMethod("getObjectVolatile", Object.class, long.class);
      put = type.getMethod("putObjectVolatile", Object.class, long.class, Object.class);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      install.run();
      return;
    }
    Object initial;
    try {
      initial = get.invoke(unsafe, base, offset);
      put.invoke(unsafe, base, offset, new PrintStream(OutputStream.nullOutputStream()));
    } catch (ReflectiveOperationException | RuntimeException e) {
      install.run();
      return;
    }
    try {
      install.run();
    } finally {
      try {
        put.invoke(unsafe, base, offset, initial);
      } catch (ReflectiveOperationException | RuntimeException e) {
        // Cannot happen once the same call succeeded above; the stream only carries such warnings.
      }
    }
  }

  private static Field initialErrorStream() throws NoSuchFieldException {
    try {
      return System.class.getDeclaredField("initialErrStream");
    } catch (NoSuchFieldException e) {
      return System.class.getDeclaredField("initialErr");
    }
  }

  /** Refuses the exits of watched threads and permits everything else. */
  @SuppressWarnings("removal")
  private static final class Manager extends SecurityManager {
    @Override
    public void checkExit(int status) {
      Watch watch = WATCHED.get();
      if (watch != null) {
        watch.exited(status);
        throw new StepExitException(status);
      }
    }

    @Override
    public void checkPermission(Permission permission) {
      // Jera's guard is about exits only.
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
      // Jera's guard is about exits only.
    }
  }
}
