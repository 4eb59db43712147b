package dev.jera.local.values;

/**
 * Why a call of a template cannot even start (an input without a value, a secret not given, an invalid
 * timeout): the step ends in Error with this message, as Argo's would before its pod.
 */
public class CallProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CallProblem(String message) {
    super(message);
  }

  /**
   * A task's argument artifact ({@code from}) that does not resolve: Argo finds out while resolving the
   * task's references, before it calls the template, so its message is not wrapped as a call's.
   */
  public static final class Reference extends CallProblem {
    private static final long serialVersionUID = 1L;

    public Reference(String message) {
      super(message);
    }
  }
}
