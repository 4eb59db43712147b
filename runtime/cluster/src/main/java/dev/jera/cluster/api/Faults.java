package dev.jera.cluster.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns what a request met (an HTTP status with its gRPC-gateway body, or an I/O error) into an
 * {@link ArgoException} whose one line says what failed, why, and what to check.
 */
final class Faults {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN = 300;
  private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");

  private final ServerConfig config;

  Faults(ServerConfig config) {
    this.config = config;
  }

  /** A non-200 answer to {@code request}, made to {@code action} (such as {@code create workflow 'x'}). */
  ArgoException status(ApiRequest request, String action, int status, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    String message = serverMessage(text);
    boolean api = message != null;
    if (message == null) {
      message = text.isBlank() ? "no message" : looksLikeHtml(text) ? htmlPage(text) : oneLine(text);
    }
    String why = status + ": " + message;
    if (text.contains("Client sent an HTTP request to an HTTPS server")) {
      return new ArgoException(Fault.TLS, status, message, "the Argo Server at " + config.describe() + " expects TLS,"
          + " so it refused to " + action + "; check ARGO_SECURE (unset it, or set it to true)", null);
    }
    if (!api && (status == 404 || status == 405 || status < 400 || (status >= 400 && status < 500 && looksLikeHtml(text)))) {
      return protocol(request, status + " with a body that is not Argo Server's error (" + message + ")");
    }
    switch (status) {
      case 401:
        return new ArgoException(Fault.UNAUTHENTICATED, status, message, "the Argo Server at " + config.describe()
            + " refused the credentials to " + action + " (" + why + "); check ARGO_TOKEN: " + tokenHint(), null);
      case 403:
        return new ArgoException(Fault.FORBIDDEN, status, message, "not allowed to " + action + " (" + why
            + "); check the RBAC of ARGO_TOKEN's service account in namespace '" + config.namespace() + "'", null);
      case 404:
        return new ArgoException(Fault.NOT_FOUND, status, message, "cannot " + action + ": not found (" + why
            + "); check the name and ARGO_NAMESPACE ('" + config.namespace() + "')", null);
      case 409:
        return new ArgoException(Fault.CONFLICT, status, message, "cannot " + action + ": conflict (" + why + ")", null);
      case 429:
        return new ArgoException(Fault.THROTTLED, status, message, "the Argo Server is throttling requests and did not "
            + action + " (" + why + "); try again later", null);
      default:
        if (status >= 500) {
          return new ArgoException(Fault.SERVER, status, message, "the Argo Server failed to " + action + " (" + why
              + "); check the argo-server logs (kubectl logs deploy/argo-server -n <its namespace>)", null);
        }
        return new ArgoException(Fault.INVALID, status, message, "the Argo Server refused to " + action + " (" + why + ")",
            null);
    }
  }

  /** An I/O error on {@code request}: no connection, TLS, or a lost answer. */
  ArgoException io(ApiRequest request, String action, IOException e) {
    String where = config.describe();
    if (unknownHost(e)) {
      String host = config.server() == null ? "" : config.server().replaceAll(":\\d+$", "");
      return new ArgoException(Fault.UNKNOWN_HOST, 0, null, "cannot reach the Argo Server at " + where + " to " + action
          + ": unknown host '" + host + "'; check ARGO_SERVER", e);
    }
    if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
      String reason = e instanceof HttpConnectTimeoutException ? "no connection in time"
          : e.getMessage() == null && (e.getCause() == null || e.getCause().getMessage() == null) ? "connection refused"
          : reason(e);
      // Over TLS, the connect timeout covers the handshake: a plain-HTTP server that never answers it looks the same.
      String plain = config.secure() && e instanceof HttpConnectTimeoutException
          ? "; if the server does not use TLS, set ARGO_SECURE=false" : "";
      return new ArgoException(Fault.UNREACHABLE, 0, null, "cannot reach the Argo Server at " + where + " to " + action
          + " (" + reason + "); check ARGO_SERVER ('" + config.server() + "') and that the server runs"
          + " (such as: kubectl -n argo port-forward svc/argo-server 2746:2746)" + plain, e);
    }
    SSLException tls = find(e, SSLException.class);
    if (tls != null) {
      return new ArgoException(Fault.TLS, 0, null, "TLS with the Argo Server at " + where + " failed, so it could not "
          + action + ": " + tlsProblem(tls), e);
    }
    String plainHint = config.secure() ? "" : "; if the server uses TLS, unset ARGO_SECURE=false";
    if (e instanceof HttpTimeoutException) {
      return new ArgoException(Fault.LOST, 0, null, "the Argo Server at " + where + " did not answer in time to "
          + action + "; check the network and the server's load" + plainHint, e);
    }
    return new ArgoException(Fault.LOST, 0, null, "the connection to the Argo Server at " + where + " was lost while"
        + " trying to " + action + " (" + reason(e) + "); check the network and the server's logs" + plainHint, e);
  }

  /** An answer that is not Argo Server's API. */
  ArgoException protocol(ApiRequest request, String detail) {
    return new ArgoException(Fault.PROTOCOL, 0, null, "the answer of " + config.describe() + " to " + request.describe()
        + " is not Argo Server's API (" + oneLine(detail) + "); check ARGO_SERVER and ARGO_BASE_HREF"
        + (config.baseHref().isEmpty() ? "" : " ('" + config.baseHref() + "')"), null);
  }

  /** A gRPC-gateway error inside a stream: {@code {"error": {"http_code": …, "message": …}}}. */
  ArgoException streamError(ApiRequest request, String action, JsonNode error) {
    int status = error.path("http_code").asInt(0);
    String message = error.path("message").asText("");
    if (status == 0) {
      status = GrpcCodes.httpStatus(error.path("grpc_code").asInt(2));
    }
    byte[] body = errorBody(error.path("grpc_code").asInt(2), message);
    return status(request, action, status, body);
  }

  private static byte[] errorBody(int code, String message) {
    return JSON.createObjectNode().put("code", code).put("message", message).toString().getBytes(StandardCharsets.UTF_8);
  }

  private String tokenHint() {
    if (config.token() == null) {
      return "none is set; set it to the whole header value, 'Bearer <token>' (such as: export ARGO_TOKEN=\"Bearer"
          + " $(kubectl create token <service account>)\")";
    }
    if (!config.token().hasScheme()) {
      return "it does not start with 'Bearer ': it must be the whole header value, 'Bearer <token>'";
    }
    return "it must be the whole header value, 'Bearer <token>', of a token the server accepts (not expired)";
  }

  private String tlsProblem(SSLException e) {
    String all = messages(e);
    if (all.contains("Unsupported or unrecognized SSL message") || all.contains("plaintext")) {
      return "the server does not answer TLS; check ARGO_SECURE (set it to false for a plain-HTTP server)";
    }
    if (all.contains("No subject alternative") || all.contains("No name matching")) {
      return "its certificate does not name host '" + config.server() + "' (" + oneLine(firstOf(e, CertificateException.class))
          + "); check the host of ARGO_SERVER, or give the certificate's name";
    }
    if (all.contains("PKIX") || all.contains("certification path") || find(e, CertificateException.class) != null) {
      return "the server's certificate is not trusted (" + oneLine(firstOf(e, CertificateException.class)) + "); check"
          + " --certificate-authority, or set ARGO_INSECURE_SKIP_VERIFY=true for a self-signed certificate";
    }
    return oneLine(all) + "; check ARGO_SECURE and the server's certificate";
  }

  /** The innermost message under {@code type} (or {@code e}), without the JDK's class names before it. */
  private static String firstOf(Throwable e, Class<? extends Throwable> type) {
    Throwable found = find(e, type);
    String message = null;
    for (Throwable cause = found != null ? found : e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    String plain = String.valueOf(message).replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    int colon = plain.lastIndexOf(": ");
    return plain.startsWith("PKIX path") && colon > 0 ? plain.substring(colon + 2) : plain;
  }

  private static boolean unknownHost(Throwable e) {
    return find(e, UnknownHostException.class) != null || find(e, UnresolvedAddressException.class) != null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable cause = e; cause != null && all.length() < 2000; cause = cause.getCause()) {
      all.append(cause.getMessage()).append(' ');
      if (cause.getCause() == cause) {
        break;
      }
    }
    return all.toString().strip();
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      Throwable cause = e.getCause();
      message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getClass().getSimpleName();
    }
    return oneLine(message);
  }

  /** The {@code message} of a gRPC-gateway error body ({@code {"code": 5, "message": "…"}}), or {@code null}. */
  static String serverMessage(String body) {
    if (body.isBlank() || !body.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      JsonNode error = JSON.readTree(body);
      if (error == null || !error.isObject() || !(error.has("code") || error.has("message") || error.has("error"))) {
        return null;
      }
      String message = error.path("message").asText("");
      if (message.isEmpty()) {
        message = error.path("error").asText("");
      }
      return message.isEmpty() ? "no message" : oneLine(message);
    } catch (IOException e) {
      return null;
    }
  }

  /** An HTML error page (a proxy's, an ingress's) by its title, not its markup. */
  private static String htmlPage(String text) {
    Matcher title = TITLE.matcher(text);
    return title.find() ? "an HTML page, '" + oneLine(title.group(1)) + "'" : "an HTML page";
  }

  private static boolean looksLikeHtml(String text) {
    String start = text.stripLeading().toLowerCase(Locale.ROOT);
    return start.startsWith("<");
  }

  static String oneLine(String text) {
    String line = text.replace("\r", " ").replace("\n", " ").strip();
    return line.length() > SHOWN ? line.substring(0, SHOWN - 3) + "..." : line;
  }
}
