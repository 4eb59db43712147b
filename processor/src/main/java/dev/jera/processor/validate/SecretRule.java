package dev.jera.processor.validate;

import dev.jera.argo.DidYouMean;
import dev.jera.argo.KubeNames;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.SecretMessages;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SecretModel;
import dev.jera.runner.SecretEnv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Secrets have valid names and keys; once the class declares its secrets, scripts use only those;
 * two keys of one step do not land in the same environment variable.
 */
final class SecretRule implements Rule {
  @Override
  public void check(Context context, Diagnostics diagnostics) {
    List<String> declared = new ArrayList<>();
    for (SecretModel secret : context.workflow().secrets()) {
      valid(secret, diagnostics);
      declared.add(secret.name().value() + "/" + secret.key().value());
    }
    for (ScriptModel script : context.workflow().pods()) {
      Map<String, String> variables = new HashMap<>();
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (!(source instanceof InputSource.Secret)) {
            continue;
          }
          SecretModel secret = ((InputSource.Secret) source).secret();
          if (!valid(secret, diagnostics)) {
            continue;
          }
          String id = secret.name().value() + "/" + secret.key().value();
          if (!declared.isEmpty() && !declared.contains(id)) {
            diagnostics.report(
                secret.site(),
                SecretMessages.undeclaredSecret(
                    secret.name().value(), secret.key().value(), context.workflow().simpleName(),
                    DidYouMean.closest(id, declared)));
          }
          String variable = SecretEnv.variable(secret.name().value(), secret.key().value());
          String other = variables.putIfAbsent(variable, id);
          if (other != null && !other.equals(id)) {
            diagnostics.report(secret.site(), SecretMessages.secretClash(other, id, variable));
          }
        }
      }
    }
  }

  private static boolean valid(SecretModel secret, Diagnostics diagnostics) {
    boolean valid = true;
    var nameProblem = KubeNames.dns1123Subdomain(secret.name().value());
    if (nameProblem.isPresent()) {
      diagnostics.report(secret.name().site(), SecretMessages.invalidSecretName(secret.name().value(), nameProblem.get()));
      valid = false;
    }
    var keyProblem = KubeNames.secretKey(secret.key().value());
    if (keyProblem.isPresent()) {
      diagnostics.report(secret.key().site(), SecretMessages.invalidSecretKey(secret.key().value(), keyProblem.get()));
      valid = false;
    }
    return valid;
  }
}
