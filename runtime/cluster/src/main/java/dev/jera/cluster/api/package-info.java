/**
 * The HTTP client of Argo Server's REST API ({@link dev.jera.cluster.api.ArgoClient}), configured from the
 * {@code argo} CLI's own settings ({@link dev.jera.cluster.api.ServerConfig}): its requests, TLS and tokens, the
 * faults a server or proxy answers with and the retries they get ({@link dev.jera.cluster.api.RequestBackoff}),
 * watch streams. Depends on the JDK and Jackson only.
 */
package dev.jera.cluster.api;
