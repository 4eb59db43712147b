package dev.jera.maven;

import java.util.ArrayList;
import java.util.List;

/** Splits a property's value such as {@code -Xmx2g "-Dname=a b"} into words, as a shell would for plain quoting. */
final class Words {
  private Words() {}

  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    StringBuilder word = null;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
