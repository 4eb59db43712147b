package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link Template} (or a {@link Script}'s template) an Argo {@code http} template: instead of running the
 * method, Argo's agent sends this request, and the step's result ({@code outputs.result}) is the response's body.
 * The step succeeds on a 2xx status, or, with {@link #successCondition()}, when that expression holds. The method's
 * body never runs (return {@code null}); its parameters are the template's inputs, written in the request as
 * {@code {{inputs.parameters.<parameter>}}}, and what it returns is the type a step reading its result gets (the
 * body as text for a {@code String}, decoded as JSON for any other type).
 *
 * <pre>{@code
 * @Template @HttpRequest(value = "{{inputs.parameters.url}}", successCondition = "response.statusCode == 201")
 * public static String http(String url) { return null; }
 * }</pre>
 *
 * <p>(Not to be confused with {@link Http}, a file downloaded over HTTP as an input artifact.) Locally the request is
 * made by the run itself; a test can stub the step ({@code LocalRun.stub}) to stay off the network.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface HttpRequest {
  /** The URL, {@code http} or {@code https}; may hold tags such as {@code {{inputs.parameters.url}}}. */
  String value();

  /** The HTTP method, {@code "GET"} (the default, also when left empty), {@code "POST"}, {@code "PUT"}, …; may be a tag. */
  String method() default "";

  /** Request headers, each {@code "Name: value"}; values may hold tags. */
  String[] headers() default {};

  /**
   * Request headers whose values come from Secrets, each {@code "Name: secret/key"}, e.g.
   * {@code "Authorization: github-token/header"} (Argo's {@code valueFrom.secretKeyRef}).
   */
  String[] secretHeaders() default {};

  /** The request's body; may hold tags. */
  String body() default "";

  /**
   * An expr-lang expression on {@code request.method}, {@code request.url}, {@code request.body},
   * {@code request.headers}, {@code response.statusCode}, {@code response.body} and {@code response.headers}
   * (each header a list of values: {@code response.headers["Server"][0]}) that must hold for the step to succeed;
   * empty, the default: a 2xx status.
   */
  String successCondition() default "";

  /** How long the request may take, in seconds; 0, the default: Argo's (30 seconds). */
  int timeoutSeconds() default 0;

  /** Accepts any TLS certificate of the server (self-signed, expired, another host's). */
  boolean insecureSkipVerify() default false;
}
