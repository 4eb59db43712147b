package dev.jera.cli.cluster;

import dev.jera.cli.UsageException;
import dev.jera.cluster.api.ArgoException;
import dev.jera.cluster.api.ConfigException;
import dev.jera.cluster.project.ProjectException;
import dev.jera.local.InvalidRunException;
import dev.jera.local.manifest.ManifestException;
import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * The exit codes of the cluster commands, and the one place exceptions become a line on stderr and a
 * code.
 */
public final class Exits {
  /** Done; for {@code watch} and {@code submit --watch}, the workflow Succeeded. */
  public static final int OK = 0;
  /**
   * The workflow Failed or ended in Error; lint found problems; the server refused a manifest, a name or a
   * reference (400, 404, 409).
   */
  public static final int FAILED = 1;
  /** Bad usage or input, found before any request: an option, a parameter, a manifest, the settings. */
  public static final int BAD_USAGE = 2;
  /**
   * The server could not be used: unreachable, TLS, credentials (401, 403), a 5xx or dropped watch that
   * outlasted the retries, an answer that is not Argo Server's.
   */
  public static final int UNAVAILABLE = 3;

  private Exits() {}

  /** The exit code of a failed request. */
  public static int of(ArgoException e) {
    switch (e.fault()) {
      case INVALID:
      case NOT_FOUND:
      case CONFLICT:
        return FAILED;
      default:
        return UNAVAILABLE;
    }
  }

  /** Runs {@code command}, turning what it throws into one line on {@code err} and its exit code. */
  static int guard(PrintStream err, IntSupplier command) {
    try {
      return command.getAsInt();
    } catch (UsageException | InvalidRunException | ManifestException | ProjectException | ConfigException e) {
      err.println("jera: " + oneLine(e.getMessage()));
      return BAD_USAGE;
    } catch (ArgoException e) {
      err.println("jera: " + oneLine(e.getMessage()));
      return of(e);
    } catch (RuntimeException e) {
      err.println("jera: internal error: " + oneLine(String.valueOf(e)));
      return FAILED;
    }
  }

  static String oneLine(String message) {
    return message == null ? "" : message.replace("\r", " ").replace("\n", " ");
  }
}
