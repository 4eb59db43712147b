package dev.jera.processor.validate;

import dev.jera.processor.diagnostic.Diagnostics;

/** One kind of mistake. A rule reports what it finds and never throws. */
public interface Rule {
  void check(Context context, Diagnostics diagnostics);
}
