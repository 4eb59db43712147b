package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Script} a container step: instead of calling the method, the step runs
 * {@link #command()} and {@link #args()} in {@link #image()}, a tool that is not Java ({@code psql},
 * {@code aws s3 cp}, a Python script). The method's body is never called; its parameters are the
 * step's inputs, wired like any script's and written in the command as
 * {@code {{inputs.parameters.<parameter>}}}; its return value is what the command prints (a
 * {@code String} as the text, another type as JSON), or {@code void}.
 *
 * <pre>{@code
 * @Script
 * @Container(image = "amazon/aws-cli:2.15.0",
 *            command = {"aws", "s3", "cp", "{{inputs.parameters.file}}", "s3://reports/"})
 * public static void upload(@From("export") String file) {}
 * }</pre>
 *
 * <p>A value for a shell goes in an {@link Env} that the script quotes, never into the script's text:
 * Argo pastes a tag's value into the text before the shell parses it, so {@code $(…)} in a value would
 * run (on the developer's machine, in a local run). The compiler warns about a tag in the code of
 * {@code sh -c}, {@code bash -c}, {@code python -c} and their kin.
 *
 * <pre>{@code
 * @Script
 * @Container(image = "busybox:1.36", command = {"sh", "-c"}, args = {"echo \"$MSG\""})
 * @Env(name = "MSG", value = "{{inputs.parameters.msg}}")
 * public static String say(@Param("msg") String msg) { return null; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Container {
  /** The image to run; a tag or digest, as for scripts. */
  String image();

  /** The command (the image's entrypoint when empty). */
  String[] command() default {};

  /** Its arguments. */
  String[] args() default {};
}
