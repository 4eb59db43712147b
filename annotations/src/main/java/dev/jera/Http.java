package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a file downloaded over HTTP(S) before the step
 * starts (an Argo input artifact). Headers are written {@code "Name: value"}; credentials come from
 * Secrets, each written {@code "secret/key"}, for one kind of authentication: basic
 * ({@link #usernameSecret()}, {@link #passwordSecret()}), a client certificate ({@link #clientCertSecret()}
 * with {@link #clientKeySecret()}) or OAuth2 client credentials ({@link #oauth2ClientIdSecret()},
 * {@link #oauth2ClientSecretSecret()} and {@link #oauth2TokenUrlSecret()}, with optional scopes and
 * endpoint parameters).
 *
 * <pre>{@code
 * @Script
 * public static long lines(@Http("https://example.com/data.csv") Path csv) { ... }
 * }</pre>
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: the file is uploaded there (HTTP PUT) when the
 * step succeeds, instead of going to the artifact repository.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Http {
  /** The URL; may hold tags such as {@code {{workflow.parameters.day}}}. */
  String value();

  /** Request headers, each {@code "Name: value"}; values may hold tags. */
  String[] headers() default {};

  /** Basic authentication's user name, from a Secret: {@code "secret/key"}. */
  String usernameSecret() default "";

  /** Basic authentication's password, from a Secret: {@code "secret/key"}. */
  String passwordSecret() default "";

  /** A client certificate (PEM), from a Secret: {@code "secret/key"}; needs {@link #clientKeySecret()}. */
  String clientCertSecret() default "";

  /** The client certificate's private key (PEM), from a Secret: {@code "secret/key"}. */
  String clientKeySecret() default "";

  /** OAuth2: the client id, from a Secret: {@code "secret/key"}. */
  String oauth2ClientIdSecret() default "";

  /** OAuth2: the client secret, from a Secret: {@code "secret/key"}. */
  String oauth2ClientSecretSecret() default "";

  /** OAuth2: the token endpoint's URL, from a Secret: {@code "secret/key"}. */
  String oauth2TokenUrlSecret() default "";

  /** OAuth2: the scopes asked for. */
  String[] oauth2Scopes() default {};

  /** OAuth2: extra parameters sent to the token endpoint, each {@code "key=value"}. */
  String[] oauth2EndpointParams() default {};
}
