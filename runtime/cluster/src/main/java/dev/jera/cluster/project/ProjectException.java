package dev.jera.cluster.project;

/**
 * The project's compiled manifests cannot be used as they are (unreadable, a stale pinned copy, an
 * unknown workflow); the message says which and what to do, on one line. Found before any request.
 */
public final class ProjectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public ProjectException(String message) {
    super(message);
  }
}
