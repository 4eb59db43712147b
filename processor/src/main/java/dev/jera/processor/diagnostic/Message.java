package dev.jera.processor.diagnostic;

/** One diagnostic's text, with its id (which gives its kind). */
public record Message(MessageId id, String text) {

  /** The same message, with more said at its end. */
  public Message append(String more) {
    return new Message(id, text + more);
  }

  /** As the compiler prints it: {@code [Jera/UnknownScript] no script named 'lod' in Etl; did you mean 'load'?}. */
  public String formatted() {
    return id.tag() + " " + text;
  }

  @Override
  public String toString() {
    return formatted();
  }
}
