package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A template of the enclosing {@link Workflow} that runs several containers in one pod (Argo's
 * {@code containerSet}): a static nested class whose {@link Script} methods are the containers, each
 * a Java method run by the runner in a container of its own, or a {@link Container} command. A
 * member's {@link Script#after()} names the members it waits for (its {@code dependencies}); members
 * that wait for nothing start together. Steps call the set with {@code @Call(template = "…")}, or the
 * workflow starts at it ({@link Workflow#entrypoint()}).
 *
 * <pre>{@code
 * @ContainerSet(name = "main")
 * static class Main {
 *   @Script static void a() { ... }
 *   @Script(after = "a") static void b() { ... }
 *   @Script(after = "a") static void c() { ... }
 *   @Script(after = {"b", "c"}) static void d() { ... }
 * }
 * }</pre>
 *
 * <p>The member named {@code main} speaks for the template: its return value is the template's result,
 * its {@link Output}s the template's outputs, and its file parameters ({@link Http}, {@link S3}, …) the
 * template's input artifacts, which Argo loads into {@code main} only. A set with outputs or input
 * files needs a member named {@code main}. The members' other parameters are the template's input
 * parameters, which every member may take. {@link Volume} on the class declares the pod's volumes
 * and mounts them into every member ({@code containerSet.volumeMounts}); {@link Env} and
 * {@link Pod} on the class apply as on a {@link Template}, {@link Resources} on a member to its container.
 *
 * <p>Locally, the members run in the order their {@code after} gives, in one folder (the pod's); a
 * member waiting for one that failed does not run.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContainerSet {
  /** The template's name; default: the class's simple name in kebab-case. */
  String name() default "";
}
