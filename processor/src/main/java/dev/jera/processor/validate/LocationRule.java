package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.processor.diagnostic.ArtifactMessages;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.model.DataSource;
import dev.jera.processor.model.HttpHeader;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.OutputModel;
import dev.jera.processor.model.KeyRef;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.processor.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A returned file has at most one location, on a script that returns a {@code Path} of its own; the
 * attributes of each file location ({@code @Http}, {@code @S3}, {@code @Azure}, …) make one Argo
 * accepts and can use: the fields its strict schema requires, Argo's own checks (an absolute HDFS path,
 * {@code validateArtifactLocation}), credentials written {@code "secret/key"} and declared on the class
 * when it declares its secrets, and settings Argo's artifact drivers would silently ignore
 * ({@code workflow/artifacts/artifacts.go}: half an OAuth2 or client-certificate setup, an Azure key
 * next to SDK credentials).
 */
final class LocationRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<String> declared = new ArrayList<>();
    for (SecretModel secret : context.workflow().secrets()) {
      declared.add(secret.name().value() + "/" + secret.key().value());
    }
    for (InputModel file : context.workflow().argumentFiles()) {
      if (file.isArtifact() && file.source() instanceof InputSource.External external) {
        attributes(external, false, diagnostics);
        secrets(external, declared, context.workflow().simpleName(), diagnostics);
      }
    }
    for (ScriptModel script : context.workflow().pods()) {
      outputs(script, declared, context.workflow().simpleName(), diagnostics);
      for (InputModel input : script.inputs()) {
        // A data template lists its source's files under a prefix, which may be the whole bucket.
        boolean listed = DataSource.of(script).filter(source -> source == input).isPresent();
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.External && input.isArtifact()) {
            InputSource.External external = (InputSource.External) source;
            attributes(external, listed, diagnostics);
            secrets(external, declared, context.workflow().simpleName(), diagnostics);
          }
        }
      }
    }
  }

  /** Where a returned file goes: one location, on a script that returns a Path of its own. */
  private static void outputs(ScriptModel script, List<String> declared, String workflowClass, Diagnostics diagnostics) {
    for (OutputModel output : script.outputs()) {
      output.location().ifPresent(location -> {
        if (!output.isArtifact()) {
          diagnostics.report(location.site(), ArtifactMessages.componentLocationWithoutFile(
              location.store().annotation(), output.component().orElse(""), output.type().display()));
          return;
        }
        attributes(location, false, diagnostics);
        secrets(location, declared, workflowClass, diagnostics);
      });
    }
    List<InputSource.External> locations = script.outputLocations();
    if (locations.isEmpty()) {
      return;
    }
    InputSource.External first = locations.get(0);
    if (script.isCall()) {
      diagnostics.report(first.site(), ArtifactMessages.outputLocationOnCall(first.store().annotation(), script.methodName()));
      return;
    }
    if (!script.returnsArtifact()) {
      diagnostics.report(first.site(), ArtifactMessages.outputLocationWithoutFile(
          first.store().annotation(), script.methodName(), script.returns().display()));
      return;
    }
    if (locations.size() > 1) {
      diagnostics.report(locations.get(1).site(), ArtifactMessages.twoOutputLocations(
          script.methodName(), first.store().annotation(), locations.get(1).store().annotation()));
    }
    for (InputSource.External location : locations) {
      attributes(location, false, diagnostics);
      secrets(location, declared, workflowClass, diagnostics);
    }
  }

  private static void attributes(InputSource.External external, boolean listed, Diagnostics diagnostics) {
    switch (external.store()) {
      case HTTP:
        url(external, "value", diagnostics);
        http(external, diagnostics);
        break;
      case GIT:
        required(external, "repo", diagnostics);
        break;
      case S3:
        if (!listed) {
          required(external, "key", diagnostics);
        }
        keyOnly(external, List.of("endpoint", "region"), List.of("accessKeySecret", "secretKeySecret"),
            List.of("insecure"), diagnostics);
        break;
      case GCS:
        if (!listed) {
          required(external, "key", diagnostics);
        }
        keyOnly(external, List.of(), List.of("serviceAccountKeySecret"), List.of(), diagnostics);
        break;
      case AZURE:
        required(external, "endpoint", diagnostics);
        required(external, "container", diagnostics);
        required(external, "blob", diagnostics);
        url(external, "endpoint", diagnostics);
        if (external.secret("accountKeySecret").isPresent()
            && external.flag("useSdkCreds").map(InputSource.Flag::value).orElse(false)) {
          diagnostics.report(external.flag("useSdkCreds").get().site(), ArtifactMessages.azureKeyWithSdkCreds());
        }
        break;
      case OSS:
        required(external, "key", diagnostics);
        keyOnly(external, List.of("endpoint"), List.of("accessKeySecret", "secretKeySecret"), List.of(), diagnostics);
        break;
      case HDFS:
        if (external.list("addresses").isEmpty()) {
          diagnostics.report(external.site(), ArtifactMessages.emptyLocation("Hdfs", "addresses"));
        }
        for (Text address : external.list("addresses")) {
          if (address.value().isBlank()) {
            diagnostics.report(address.site(), ArtifactMessages.emptyLocation("Hdfs", "addresses"));
          }
        }
        required(external, "path", diagnostics);
        required(external, "user", diagnostics);
        external.attribute("path").filter(path -> !path.value().startsWith("/"))
            .ifPresent(path -> diagnostics.report(path.site(), ArtifactMessages.relativeHdfsPath(path.value())));
        break;
      case ARTIFACTORY:
        required(external, "url", diagnostics);
        url(external, "url", diagnostics);
        break;
      case PLUGIN:
        required(external, "name", diagnostics);
        required(external, "key", diagnostics);
        break;
      default:
        break; // @Raw: any text, even none, is a file's content.
    }
  }

  /** {@code @Http}: headers, endpoint parameters, and one complete kind of authentication. */
  private static void http(InputSource.External external, Diagnostics diagnostics) {
    for (Text header : external.list("headers")) {
      if (HttpHeader.parse(header.value()).isEmpty()) {
        diagnostics.report(header.site(), ArtifactMessages.invalidHeader(header.value()));
      }
    }
    for (Text param : external.list("oauth2EndpointParams")) {
      if (param.value().indexOf('=') <= 0) {
        diagnostics.report(param.site(), ArtifactMessages.invalidEndpointParam(param.value()));
      }
    }
    Map<String, List<String>> kinds = new TreeMap<>();
    kinds.put("basic", List.of("usernameSecret", "passwordSecret"));
    kinds.put("client certificate", List.of("clientCertSecret", "clientKeySecret"));
    kinds.put("oauth2", List.of("oauth2ClientIdSecret", "oauth2ClientSecretSecret", "oauth2TokenUrlSecret"));
    List<String> used = new ArrayList<>();
    for (String kind : List.of("basic", "client certificate", "oauth2")) {
      if (kinds.get(kind).stream().anyMatch(attribute -> external.secret(attribute).isPresent())) {
        used.add(kind);
      }
    }
    boolean oauth2Extras = !external.list("oauth2Scopes").isEmpty() || !external.list("oauth2EndpointParams").isEmpty();
    if (oauth2Extras && !used.contains("oauth2")) {
      String given = !external.list("oauth2Scopes").isEmpty() ? "oauth2Scopes" : "oauth2EndpointParams";
      diagnostics.report(external.site(), ArtifactMessages.incompleteAuth(given, "oauth2ClientIdSecret, oauth2ClientSecretSecret"
          + " and oauth2TokenUrlSecret", "OAuth2"));
    }
    if (used.size() > 1) {
      diagnostics.report(external.site(), ArtifactMessages.twoAuths(used.get(0), used.get(1)));
      return;
    }
    complete(external, List.of("clientCertSecret", "clientKeySecret"), "a client certificate", diagnostics);
    complete(external, kinds.get("oauth2"), "OAuth2", diagnostics);
  }

  /** Argo uses a client certificate or OAuth2 only when every one of its secrets is set, else drops it silently. */
  private static void complete(InputSource.External external, List<String> attributes, String what, Diagnostics diagnostics) {
    List<String> given = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String attribute : attributes) {
      (external.secret(attribute).isPresent() ? given : missing).add(attribute);
    }
    if (!given.isEmpty() && !missing.isEmpty()) {
      diagnostics.report(external.secret(given.get(0)).get().site(),
          ArtifactMessages.incompleteAuth(String.join(" and ", given), String.join(" and ", missing), what));
    }
  }

  private static void url(InputSource.External external, String attribute, Diagnostics diagnostics) {
    external.attribute(attribute).ifPresent(url -> {
      String value = url.value();
      if (value.startsWith("{{") || value.startsWith("http://") || value.startsWith("https://")) {
        return;
      }
      diagnostics.report(url.site(), attribute.equals("value")
          ? ArtifactMessages.invalidUrl(value)
          : ArtifactMessages.invalidUrl(external.store().annotation(), attribute, value));
    });
  }

  private static void required(InputSource.External external, String attribute, Diagnostics diagnostics) {
    if (external.attribute(attribute).isEmpty()) {
      diagnostics.report(external.site(), ArtifactMessages.emptyLocation(external.store().annotation(), attribute));
    }
  }

  /** Without a bucket the key is one of the artifact repository, whose location and credentials Argo uses instead. */
  private static void keyOnly(InputSource.External external, List<String> texts, List<String> secrets, List<String> flags,
      Diagnostics diagnostics) {
    if (external.attribute("bucket").isPresent()) {
      return;
    }
    boolean more = texts.stream().anyMatch(attribute -> external.attribute(attribute).isPresent())
        || secrets.stream().anyMatch(attribute -> external.secret(attribute).isPresent())
        || flags.stream().anyMatch(attribute -> external.flag(attribute).isPresent());
    if (more) {
      diagnostics.report(external.site(), ArtifactMessages.keyOnlyWithLocation(external.store().annotation()));
    }
  }

  /** Each credential is {@code "secret/key"}, and one of the class's {@code @Secret}s when it declares any. */
  private static void secrets(InputSource.External external, List<String> declared, String workflowClass, Diagnostics diagnostics) {
    for (Map.Entry<String, Parsed<KeyRef>> entry : new TreeMap<>(external.secrets()).entrySet()) {
      Parsed<KeyRef> ref = entry.getValue();
      if (!ref.isValid()) {
        diagnostics.report(ref.site(), ArtifactMessages.invalidSecretRef(entry.getKey(), ref.written()));
      } else if (!declared.isEmpty() && !declared.contains(ref.written())) {
        diagnostics.report(ref.site(), ArtifactMessages.undeclaredSecret(
            external.store().annotation(), entry.getKey(), ref.written(), workflowClass,
            DidYouMean.closest(ref.written(), declared)));
      }
    }
  }
}
