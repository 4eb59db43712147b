package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Takes the current element of the script's {@link Script#forEach()} or {@link Script#items()} fan-out
 * (Argo's {@code {{item}}}). Only allowed on a script that fans out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Item {}
