package dev.jera.processor.diagnostic;

import java.util.List;
/** Messages about pod settings: environment, volumes, placement and locks. */
public final class PodMessages {
  private PodMessages() {}

  public static Message envSources(String name) {
    return MessageId.ENV_SOURCES.with(
        "@Env(name = \"" + name + "\") needs exactly one of value, configMap and secret");
  }

  public static Message envKey(String name) {
    return MessageId.ENV_KEY.with(
        "@Env(name = \"" + name + "\") reads a ConfigMap or Secret, so it needs key = \"…\"");
  }

  public static Message envKeyWithoutSource(String name) {
    return MessageId.ENV_KEY_WITHOUT_SOURCE.with(
        "@Env(name = \"" + name + "\") has a key but no configMap or secret to read it from");
  }

  public static Message invalidEnvName(String name, String problem) {
    return MessageId.INVALID_ENV_NAME.with(
        "environment variable name '" + name + "' is not valid: " + problem);
  }

  public static Message reservedEnvName(String name) {
    return MessageId.RESERVED_ENV_NAME.with(
        "environment variable '" + name + "' starts with JERA_, which Jera keeps for secrets; rename it");
  }

  public static Message duplicateEnv(String name, String method) {
    return MessageId.DUPLICATE_ENV.with(
        "environment variable '" + name + "' is set twice for " + method + "(); keep one");
  }

  public static Message envFromSources() {
    return MessageId.ENV_FROM_SOURCES.with(
        "@EnvFrom needs exactly one of configMap and secret");
  }

  public static Message invalidResourceName(String what, String name, String problem) {
    return MessageId.INVALID_RESOURCE_NAME.with(
        what + " '" + name + "' is not a valid Kubernetes name: " + problem);
  }

  public static Message volumeSources(String name) {
    return MessageId.VOLUME_SOURCES.with(
        "@Volume(name = \"" + name + "\") may set only one of claim, size, secret and configMap");
  }

  public static Message storageClassWithoutSize(String name) {
    return MessageId.STORAGE_CLASS_WITHOUT_SIZE.with(
        "@Volume(name = \"" + name + "\") sets storageClass, which only applies to a claim created with size = \"…\"");
  }

  public static Message invalidMountPath(String path, String problem) {
    return MessageId.INVALID_MOUNT_PATH.with(
        "mount path '" + path + "' " + problem);
  }

  public static Message mountPathTaken(String path, String method, String first, String second) {
    return MessageId.MOUNT_PATH_TAKEN.with(
        "mount path '" + path + "' of " + method + "() is used by both volume '" + first + "' and volume '"
        + second + "'; mount them at different paths");
  }

  public static Message volumeRedefined(String name, String first, String second) {
    return MessageId.VOLUME_REDEFINED.with(
        "volume '" + name + "' is declared as " + first + " and as " + second
        + "; give the two volumes different names");
  }

  public static Message invalidNodeSelector(String label, String problem) {
    return MessageId.INVALID_NODE_SELECTOR.with(
        "node selector '" + label + "' is not a valid label: " + problem);
  }

  public static Message invalidToleration(String toleration, String problem) {
    return MessageId.INVALID_TOLERATION.with(
        "toleration '" + toleration + "' is not valid: " + problem);
  }

  public static Message invalidAffinity(String affinity, String problem) {
    return MessageId.INVALID_AFFINITY.with(
        "affinity '" + affinity + "' is not valid: " + problem);
  }

  public static Message pullSecretsOnScript(String method) {
    return MessageId.PULL_SECRETS_ON_SCRIPT.with(
        "@Pod(imagePullSecrets) of " + method + "() only applies to the whole workflow; move it to the class");
  }

  public static Message invalidMutex(String mutex) {
    return MessageId.INVALID_MUTEX.with(
        "mutex '" + mutex + "' is not a valid name; use letters, digits, '-', '_' and '.'");
  }

  public static Message invalidSemaphore(String semaphore) {
    return MessageId.INVALID_SEMAPHORE.with(
        "semaphore '" + semaphore + "' is not of the form configmap/key");
  }

  public static Message invalidDatabaseSemaphore(String semaphore, String problem) {
    return MessageId.INVALID_DATABASE_SEMAPHORE.with(
        "semaphore '" + semaphore + "' of @Synchronized(database = true) " + problem);
  }

  /** Why a database semaphore written as {@code configmap/key} is not one (completes {@link #invalidDatabaseSemaphore}). */
  public static String databaseKeyNotConfigMap(String semaphore) {
    int slash = semaphore.lastIndexOf('/');
    String key = semaphore.substring(slash + 1);
    return "is a ConfigMap key, but with database = true a semaphore is a bare key of the database (its limit is row"
        + " '<namespace>/<key>' of table sync_limit); write " + (key.isEmpty() ? "the key alone" : "'" + key + "'")
        + ", or drop database = true to read the limit from ConfigMap '" + semaphore.substring(0, slash) + "'";
  }

  /** Why a lock name is not one (completes {@link #invalidDatabaseSemaphore}). */
  public static String lockNameCharacters() {
    return "is not a valid key; use letters, digits, '-', '_' and '.'";
  }

  public static Message emptySync() {
    return MessageId.EMPTY_SYNC.with(
        "@Synchronized needs a mutex or a semaphore");
  }

  // Why a compact form does not parse: the part after the colon

  public static String tagInNodeSelectorKey() {
    return "its key holds a tag, which Argo does not substitute in keys; only the value may hold one";
  }

  public static String writeKeyValue() {
    return "write key=value";
  }

  public static String writeNameAndKey() {
    return "write name/key";
  }

  public static String tolerationForms() {
    return "write key=value:Effect, key:Effect or key=value";
  }

  public static String unknownEffect(String effect, List<String> effects) {
    return "effect '" + effect + "' is not one of " + String.join(", ", effects);
  }

  public static String requirementForms() {
    return "write 'key in (a, b)', 'key notin (a)', 'key exists' or 'key doesnotexist'";
  }

  public static String operatorNeedsValues(String operator) {
    return "'" + operator + "' needs values in parentheses, e.g. (a, b)";
  }

  public static String operatorTakesNoValues(String operator) {
    return "'" + operator + "' takes no values";
  }

  public static String relativeMountPath() {
    return "is not absolute; start it with '/'";
  }

  public static String mountPathWithDots() {
    return "contains '..'";
  }

  public static String argosMountPath() {
    return "is where Argo's executor keeps its files; pick another path";
  }
}
