package dev.jera;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code java.nio.file.Path} parameter filled with a blob (or a prefix of blobs, for a directory) of
 * Azure Blob Storage (an Argo input artifact). The account key comes from a Secret, written
 * {@code "secret/key"}; or set {@link #useSdkCreds()} to use the pod's Azure identity.
 *
 * <pre>{@code
 * @Script
 * public static void list(@Azure(endpoint = "https://myaccount.blob.core.windows.net", container = "my-container",
 *     blob = "path/in/container", accountKeySecret = "my-azure-credentials/accountKey") Path art) { ... }
 * }</pre>
 *
 * <p>On a {@code @Script} method that returns a {@code Path}: where the returned file is stored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Azure {
  /** The storage account's service URL, e.g. {@code https://myaccount.blob.core.windows.net}. */
  String endpoint();

  /** The container. */
  String container();

  /** The blob's name (its path in the container), or a prefix for a directory; may hold tags. */
  String blob();

  /** The account's access key, from a Secret: {@code "secret/key"}. */
  String accountKeySecret() default "";

  /** Use the Azure SDK's default credentials (workload identity, managed identity) instead of an account key. */
  boolean useSdkCreds() default false;
}
