package dev.jera.samples.argo.testing;

import java.util.Optional;

/** A canonical value compared by its meaning rather than its text (a duration, a quantity, a depends). */
interface Semantic {
  /** Empty when the two mean the same; otherwise why they differ (may be empty text). */
  Optional<String> differenceFrom(Semantic other);

  /** How a difference report shows this value. */
  String show();

  /** The value's identity when it sits in a set: equal for values that mean the same. */
  default String canonicalKey() {
    return show();
  }
}
