package dev.jera.processor.collect;

/**
 * Thrown while collecting a class that mentions something javac has not resolved (yet): the class
 * waits for a later round, and javac reports the missing symbol itself if it never appears.
 */
final class UnresolvedException extends Exception {
  private static final long serialVersionUID = 1L;

  UnresolvedException() {
    super(null, null, false, false);
  }
}
