/**
 * What a run's tags and a step's environment resolve to: {@link dev.jera.local.values.Variables} (the layers
 * {@code {{…}}} tags look in and Argo's substitution), the workflow's globals, the run's parameter values, Secret
 * and ConfigMap values checked before any step runs ({@link dev.jera.local.values.ParameterValues},
 * {@link dev.jera.local.values.SecretValues}, {@link dev.jera.local.values.ConfigMapValues}), a step's environment,
 * and {@link dev.jera.local.values.SecretMask}, which hides secret values in all a run writes and prints. Depends
 * on {@code manifest}, the API's types, jera-argo and jera-runner's codecs.
 */
package dev.jera.local.values;
