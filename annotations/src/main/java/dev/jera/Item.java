package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes the current element of the script's {@link Script#forEach()} or {@link Script#items()} fan-out
 * (Argo's {@code {{item}}}). Only allowed on a script that fans out.
 *
 * <p>With a {@link #value()}, it takes one field of the element instead ({@code {{item.<field>}}}): of
 * literal items that are JSON objects, or, when {@code forEach} names a step that fans out and leaves
 * named outputs ({@link Output}), the output of that name of each of its runs (Argo's aggregate
 * {@code outputs.parameters}).
 *
 * <pre>{@code
 * @Script(name = "divide-by-2", forEach = "odd-or-even", when = "{{item.evenness}} == even")
 * @Call(template = "divide-by-2")
 * static void divideBy2(@Item("num") int num) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Item {
  /** The field of the element to take; empty, the default, takes the whole element. */
  String value() default "";
}
