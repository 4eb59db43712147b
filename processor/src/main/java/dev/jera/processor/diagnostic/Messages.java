package dev.jera.processor.diagnostic;

import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic the processor prints, in one place: each says what is wrong in the user's Java
 * terms and how to fix it.
 */
public final class Messages {
  private Messages() {}

  /** {@code "; did you mean 'x'?"}, or nothing without a suggestion. */
  public static String suggest(Optional<String> suggestion) {
    return suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  // Names

  public static String invalidWorkflowName(String name, String problem) {
    return "workflow name '" + name + "' is not a valid Kubernetes name: " + problem;
  }

  public static String workflowNameTooLong(String name, int max, String why) {
    return "workflow name '" + name + "' has " + name.length() + " characters, but " + why + " at most "
        + max + "; shorten @Workflow(name = …)";
  }

  public static String versionWithoutOption(String name, String placeholder) {
    return "workflow name '" + name + "' uses " + placeholder + ", but the processor option jera.appVersion is not"
        + " set; pass -Ajera.appVersion=… to javac (in Maven, -Ajera.appVersion=${project.version})";
  }

  public static String legacyVersionPlaceholder(String name) {
    return "workflow name '" + name + "' uses ${jera.version}, the old name of ${jera.appVersion} (your"
        + " application's version, not Jera's); write ${jera.appVersion}";
  }

  public static String duplicateWorkflowName(String name, String otherClass) {
    return "workflow name '" + name + "' is already used by " + otherClass
        + "; give one of them another @Workflow(name = …), since the name is the manifest's file name";
  }

  public static String invalidStepName(String name, String method, String problem) {
    return "step name '" + name + "' of " + method + "() is not valid for Argo: " + problem
        + "; set @Script(name = …) to letters, digits and '-'";
  }

  public static String stepNameStartsWithDigit(String name, String method) {
    return "step name '" + name + "' of " + method + "() starts with a digit, which Argo rejects in a"
        + " workflow with dependencies; set @Script(name = …) to a name that starts with a letter";
  }

  public static String reservedStepName(String name, String method) {
    return "step name '" + name + "' of " + method + "() is reserved for the workflow's entry template;"
        + " set @Script(name = …) to another name";
  }

  public static String duplicateStepName(String name, String method, String other) {
    return "step name '" + name + "' of " + method + "() is already used by " + other
        + "(); give one of them another @Script(name = …)";
  }

  public static String stepNameTooLong(String name, String method) {
    return "step name '" + name + "' of " + method + "() has " + name.length()
        + " characters, but Argo allows at most 128; set a shorter @Script(name = …)";
  }

  // Workflow parameters

  public static String invalidParamName(String name, String problem) {
    return "workflow parameter name '" + name + "' is not valid for Argo: " + problem;
  }

  public static String duplicateParam(String name) {
    return "workflow parameter '" + name + "' is declared twice; remove one @Param(\"" + name + "\")";
  }

  public static String unknownParam(String name, String workflowClass, Optional<String> suggestion) {
    return "no workflow parameter named '" + name + "' in " + workflowClass + suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; declare it with @Param(\"" + name + "\") on the class");
  }

  public static String unusedParam(String name) {
    return "workflow parameter '" + name + "' is declared but no script uses it; take it with @Param(\""
        + name + "\") on a script's parameter, or remove it";
  }

  public static String defaultNotParsing(String value, String param, String type, String where, String problem) {
    return "default value '" + value + "' of workflow parameter '" + param + "' is not a valid " + type
        + ", the type of " + where + ": " + problem;
  }

  public static String allowedNotParsing(String value, String param, String type, String where, String problem) {
    return "allowed value '" + value + "' of workflow parameter '" + param + "' is not a valid " + type
        + ", the type of " + where + ": " + problem;
  }

  public static String defaultNotAllowed(String value, String param, List<String> allowed) {
    return "default value '" + value + "' of workflow parameter '" + param
        + "' is not one of its allowed values " + allowed + "; change the default or add it to allowed";
  }

  public static String duplicateAllowed(String value, String param) {
    return "allowed value '" + value + "' of workflow parameter '" + param + "' is listed twice";
  }

  public static String paramAttributeOnScript(String attribute, String param, String method) {
    return "@Param(" + attribute + " = …) on parameter '" + param + "' of " + method
        + "() has no effect; declare it on the class with @Param(value = …, " + attribute + " = …)";
  }

  // Sources of a script's parameters

  public static String noSource(String param, String method) {
    return "parameter '" + param + "' of " + method
        + "() has no source; annotate it with @Param, @From, @Item, @Value or @Secret";
  }

  public static String twoSources(String param, String method, String first, String second) {
    return "parameter '" + param + "' of " + method + "() has two sources, @" + first + " and @" + second
        + "; keep one";
  }

  // References between scripts

  public static String unknownScript(String ref, String workflowClass, Optional<String> suggestion) {
    return "no script named '" + ref + "' in " + workflowClass + suggest(suggestion);
  }

  public static String fromVoid(String producer, String param, String method) {
    return "script " + producer + "() returns void, so parameter '" + param + "' of " + method
        + "() has nothing to take with @From; return a value from " + producer + "(), or write after = \""
        + producer + "\" to only wait for it";
  }

  public static String selfReference(String method, String how) {
    return "script " + method + "() depends on itself through " + how + "; a step cannot wait for its own result";
  }

  public static String cycle(String path, String closing) {
    return "steps depend on each other in a cycle: " + path + " (each waits for the next); " + closing
        + " closes it: remove it, or another of these dependencies";
  }

  public static String referenceToExitHandler(String ref, String method) {
    return "script " + method + "() refers to '" + ref + "', the exit handler, which runs after all steps;"
        + " a step cannot wait for it";
  }

  // Fan-out and fan-in

  public static String forEachAndItems(String method) {
    return "script " + method + "() sets both forEach and items; a step fans out over one of them";
  }

  public static String itemWithoutLoop(String param, String method) {
    return "parameter '" + param + "' of " + method + "() is @Item, but the script does not fan out;"
        + " add forEach = \"…\" or items = {…} to its @Script";
  }

  public static String twoItems(String param, String method) {
    return "parameter '" + param + "' of " + method + "() is a second @Item; a fan-out has one item";
  }

  public static String loopWithoutItem(String method) {
    return "script " + method + "() fans out but no parameter is @Item, so every pod gets the same inputs;"
        + " take the element with an @Item parameter";
  }

  public static String fanInOfText(String param, String method, String producer, String tag) {
    return "parameter '" + param + "' of " + method + "() reads the results of container step " + producer
        + "() as a list, but " + producer + "() returns String: Argo builds that list (" + tag + ") by parsing"
        + " what each item printed as JSON, so plain text such as 'hello a' ends " + method + "() in Error, on"
        + " the cluster and locally; make the command print JSON (a quoted string, a number, or an object for a"
        + " record return type)";
  }

  public static String forEachNotList(String ref, String producer, String type) {
    return "forEach = \"" + ref + "\" needs a script that returns a List, Set or array, but " + producer
        + "() returns " + type;
  }

  public static String itemTypeMismatch(String param, String method, String type, String producer, String element) {
    return "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer
        + "() gives elements of type " + element + "; declare it as " + element;
  }

  public static String itemNotParsing(String value, String param, String type, String problem) {
    return "item '" + value + "' is not a valid " + type + " for @Item parameter '" + param + "': " + problem;
  }

  public static String typeMismatch(String param, String method, String type, String producer, String produced) {
    return "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer + "() returns "
        + produced + "; declare it as " + produced;
  }

  /** {@link #typeMismatch} with, for a {@code String} parameter, the way to read the result's text. */
  public static String typeMismatch(
      String param, String method, String type, String producer, String produced, String textTag) {
    String message = typeMismatch(param, method, type, producer, produced);
    return type.equals("String") ? message + ", or read its text with @Value(\"" + textTag + "\")" : message;
  }

  public static String valueNotParsing(String value, String param, String method, String type, String problem) {
    return "@Value(\"" + value + "\") of parameter '" + param + "' of " + method + "() is not a valid " + type
        + ": " + problem;
  }

  public static String fanInMismatch(
      String param, String method, String type, String producer, String element, String textTag) {
    String message = "parameter '" + param + "' of " + method + "() is " + type + ", but " + producer
        + "() fans out, so @From(\"" + producer + "\") gives the list of all its results; declare it as List<"
        + element + ">";
    return type.equals("String") ? message + ", or read the JSON list's text with @Value(\"" + textTag + "\")" : message;
  }

  // Types and methods

  public static String notJson(String what, String type, String reason) {
    return what + " has type " + type + ", which cannot travel between pods as JSON: " + reason;
  }

  public static String secretNotString(String param, String method, String type) {
    return "parameter '" + param + "' of " + method + "() is @Secret, so it must be a String, not " + type;
  }

  public static String privateScript(String method) {
    return "script " + method + "() is private, so the generated runner cannot call it; make it"
        + " package-private or public";
  }

  public static String genericScript(String method) {
    return "script " + method + "() declares type parameters, but a step's types must be concrete;"
        + " remove the <…> and use concrete types";
  }

  public static String noConstructor(String method, String workflowClass) {
    return "script " + method + "() is an instance method, but the runner cannot create a "
        + workflowClass + " (it needs a non-abstract, static or top-level class with a non-private"
        + " no-argument constructor); make the method static or add such a constructor";
  }

  public static String privateWorkflowClass(String workflowClass) {
    return "workflow class " + workflowClass + " is private, so the generated runner cannot call its"
        + " scripts; make it package-private or public";
  }

  // Template strings

  public static String unterminatedTag(String where, String problem) {
    return where + ": " + problem + "; close the tag, e.g. {{workflow.name}}";
  }

  public static String unresolvedTag(String tag, String where, String why) {
    return tag + " in " + where + " does not resolve: " + why;
  }

  public static String whenComparesJson(String tag, String type) {
    return "when compares " + tag + ", the JSON of a " + type + ", which Argo's when cannot evaluate; compare"
        + " the result of a step that returns a String, number, boolean or enum";
  }

  public static String invalidWhen(String when, String problem) {
    return "when = \"" + when + "\" is not a valid Argo expression: " + problem;
  }

  // Outcome conditions

  public static String dependsInSteps(String method) {
    return "@Script(depends = …) of " + method + "() needs the DAG style; in the STEPS style use when = \"…\"";
  }

  public static String invalidDepends(String depends, String problem) {
    return "depends = \"" + depends + "\" is not a valid outcome condition: " + problem;
  }

  public static String dependsUnknownStep(String step, String workflowClass, Optional<String> suggestion) {
    return "depends names no step '" + step + "' of " + workflowClass + suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; it uses step names, the method name in kebab-case");
  }

  public static String dependsNeedsLoop(String step, String result) {
    return step + "." + result + " only applies to a step that fans out, and " + step + " does not";
  }

  public static String dependsMissesInput(String method, String producer) {
    return method + "() reads from " + producer + ", so its depends must name '" + producer
        + "', or it may start before that result exists";
  }

  public static String dependsAndAfter(String method) {
    return "script " + method + "() sets both depends and after; name every step in depends";
  }

  // Sequences

  public static String sequenceBounds(String method) {
    return "@Sequence on " + method + "() needs count or end, and not both";
  }

  public static String sequenceNotANumber(String attribute, String value) {
    return "@Sequence(" + attribute + " = \"" + value + "\") is not a whole number";
  }

  public static String sequenceFormat(String format) {
    return "@Sequence(format = \"" + format + "\") must hold one integer verb such as %d or %03d";
  }

  public static String twoFanOuts(String method) {
    return "script " + method + "() fans out twice; keep one of forEach, items and @Sequence";
  }

  public static String sequenceItemType(String param, String method, String type) {
    return "parameter '" + param + "' of " + method + "() is " + type
        + ", but a sequence gives numbers as text; declare it as int, long or String";
  }

  // Pod settings

  public static String envSources(String name) {
    return "@Env(name = \"" + name + "\") needs exactly one of value, configMap and secret";
  }

  public static String envKey(String name) {
    return "@Env(name = \"" + name + "\") reads a ConfigMap or Secret, so it needs key = \"…\"";
  }

  public static String envKeyWithoutSource(String name) {
    return "@Env(name = \"" + name + "\") has a key but no configMap or secret to read it from";
  }

  public static String invalidEnvName(String name, String problem) {
    return "environment variable name '" + name + "' is not valid: " + problem;
  }

  public static String reservedEnvName(String name) {
    return "environment variable '" + name + "' starts with JERA_, which Jera keeps for secrets; rename it";
  }

  public static String duplicateEnv(String name, String method) {
    return "environment variable '" + name + "' is set twice for " + method + "(); keep one";
  }

  public static String envFromSources() {
    return "@EnvFrom needs exactly one of configMap and secret";
  }

  public static String invalidResourceName(String what, String name, String problem) {
    return what + " '" + name + "' is not a valid Kubernetes name: " + problem;
  }

  public static String volumeSources(String name) {
    return "@Volume(name = \"" + name + "\") may set only one of claim, size, secret and configMap";
  }

  public static String storageClassWithoutSize(String name) {
    return "@Volume(name = \"" + name + "\") sets storageClass, which only applies to a claim created with size = \"…\"";
  }

  public static String invalidMountPath(String path, String problem) {
    return "mount path '" + path + "' " + problem;
  }

  public static String mountPathTaken(String path, String method, String first, String second) {
    return "mount path '" + path + "' of " + method + "() is used by both volume '" + first + "' and volume '"
        + second + "'; mount them at different paths";
  }

  public static String volumeRedefined(String name, String first, String second) {
    return "volume '" + name + "' is declared as " + first + " and as " + second
        + "; give the two volumes different names";
  }

  public static String invalidNodeSelector(String label, String problem) {
    return "node selector '" + label + "' is not a valid label: " + problem;
  }

  public static String invalidToleration(String toleration, String problem) {
    return "toleration '" + toleration + "' is not valid: " + problem;
  }

  public static String invalidAffinity(String affinity, String problem) {
    return "affinity '" + affinity + "' is not valid: " + problem;
  }

  public static String pullSecretsOnScript(String method) {
    return "@Pod(imagePullSecrets) of " + method + "() only applies to the whole workflow; move it to the class";
  }

  public static String invalidMutex(String mutex) {
    return "mutex '" + mutex + "' is not a valid name; use letters, digits, '-', '_' and '.'";
  }

  public static String invalidSemaphore(String semaphore) {
    return "semaphore '" + semaphore + "' is not of the form configmap/key";
  }

  public static String emptySync() {
    return "@Synchronized needs a mutex or a semaphore";
  }

  public static String notPositive(String attribute, String value) {
    return attribute + " = \"" + value + "\" must be longer than zero";
  }

  // Artifacts

  public static String fileWithoutSource(String param, String method, String annotation) {
    return "parameter '" + param + "' of " + method + "() is a Path, a file, so @" + annotation
        + " cannot fill it; take it with @From from a script that returns a Path, or with @Http, @Git, @S3 or @Gcs";
  }

  public static String locationOnNonPath(String annotation, String param, String method, String type) {
    return "@" + annotation + " fills a file, so parameter '" + param + "' of " + method
        + "() must be a java.nio.file.Path, not " + type;
  }

  public static String fileFanIn(String param, String method, String producer) {
    return "parameter '" + param + "' of " + method + "() takes the files of " + producer
        + "(), which fans out; Argo hands no list of files to a step, so return a value or write the files to a shared @Volume";
  }

  public static String fileAsValue(String param, String method, String producer) {
    return "script " + producer + "() returns a Path, a file; take it as a java.nio.file.Path, not as parameter '"
        + param + "' of " + method + "()";
  }

  public static String archiveWithoutFile(String method) {
    return "@Archive on " + method + "() applies to a returned file, but it does not return a Path";
  }

  public static String compressionLevel(int level) {
    return "@Archive(compressionLevel = " + level + ") must be between 0 and 9, or -1 for Argo's default";
  }

  public static String emptyLocation(String annotation, String attribute) {
    return "@" + annotation + "(" + attribute + ") is required";
  }

  public static String invalidSecretRef(String attribute, String value) {
    return attribute + " = \"" + value + "\" is not of the form secret/key";
  }

  public static String invalidUrl(String url) {
    return "@Http(\"" + url + "\") is not an http:// or https:// URL";
  }

  public static String keyOnlyWithLocation(String annotation) {
    return "@" + annotation + " without a bucket reads the workflow's artifact repository, so it takes only key";
  }

  public static String invalidArtifactRepository(String value) {
    return "@Workflow(artifactRepository = \"" + value + "\") is not of the form configmap/key";
  }

  // Calls of templates defined elsewhere

  public static String callProblem(String problem) {
    return "@Call cannot be resolved: " + problem;
  }

  public static String callUnknownInput(String param, String method, String template, String target, Optional<String> suggestion) {
    return "parameter '" + param + "' of " + method + "() is not an input of template '" + template + "' of " + target
        + suggest(suggestion);
  }

  public static String callMissingInput(String method, String template, String target, List<String> missing) {
    return method + "() calls template '" + template + "' of " + target + " without its input"
        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + "; add a parameter of that name";
  }

  public static String callInputType(String param, String method, String type, String template, String expected) {
    return "parameter '" + param + "' of " + method + "() is " + type + ", but input '" + param + "' of template '"
        + template + "' is " + expected + "; declare it as " + expected;
  }

  public static String callResultType(String method, String type, String template, String expected) {
    return method + "() returns " + type + ", but template '" + template + "' returns " + expected
        + "; declare " + expected + " (or void to ignore it)";
  }

  public static String callWithContainer(String method) {
    return "script " + method + "() is both a @Call and a @Container; a step runs one of them";
  }

  public static String libraryTemplateClash(String template, String method) {
    return "library template '" + template + "' called by " + method + "() has the name of a step of this workflow;"
        + " rename the step with @Script(name = …)";
  }

  public static String runsProblem(String problem) {
    return "@Workflow(runs) cannot be resolved: " + problem;
  }

  public static String runsWithScripts(String workflowClass) {
    return "workflow " + workflowClass + " runs a template, so its @Script methods would never run; remove them"
        + " or remove runs";
  }

  public static String runsUnknownParam(String param, String template, Optional<String> suggestion) {
    return "template " + template + " has no parameter '" + param + "'" + suggest(suggestion);
  }

  public static String librarySource(String annotation, String param, String method) {
    return "parameter '" + param + "' of library script " + method + "() is filled by the calling step, so @"
        + annotation + " has no place here; remove it";
  }

  // Cron

  public static String scheduleRequired(String workflowClass) {
    return "workflow " + workflowClass + " is a CRON_WORKFLOW but has no schedule; add"
        + " @Workflow(schedule = \"*/5 * * * *\")";
  }

  public static String outsideCron(String attribute, String kind) {
    return "@Workflow(" + attribute + " = …) only applies to kind = CRON_WORKFLOW, but this workflow is a "
        + kind + "; remove it or set kind = Kind.CRON_WORKFLOW";
  }

  public static String valueInCode(String tag, String interpreter, String variable, String reading) {
    return tag + " is pasted into the code that " + interpreter + " runs, so a value can run commands of its own"
        + " (in the container on Argo, on your machine in a local run); hand it over as data instead: add"
        + " @Env(name = \"" + variable + "\", value = \"" + tag + "\") to the script and write " + reading
        + " in the code where the tag is";
  }

  public static String unknownConcurrencyPolicy(String policy, Optional<String> meant) {
    return "concurrencyPolicy = \"" + policy + "\" is not one Argo knows (Allow, Forbid or Replace)"
        + meant.map(m -> "; did you mean \"" + m + "\"?").orElse("");
  }

  public static String negativeCronNumber(String attribute, int value, String meaning) {
    return attribute + " = " + value + " is negative, but it counts " + meaning + "; use 0 or more, or leave it"
        + " out for Argo's default";
  }

  public static String invalidCronWhen(String when, String problem) {
    return "when = \"" + when + "\" cannot be evaluated by Argo before a scheduled run: " + problem;
  }

  public static String invalidSchedule(String schedule, String problem) {
    return "schedule '" + schedule + "' is not a valid cron schedule: " + problem;
  }

  public static String invalidTimezone(String zone, String problem) {
    return "timezone '" + zone + "' is not valid: " + problem;
  }

  // Resources, durations, retries

  public static String invalidQuantity(String annotation, String attribute, String value, String problem) {
    return annotation + "(" + attribute + " = \"" + value + "\") is not a valid Kubernetes quantity: " + problem;
  }

  public static String limitBelowRequest(String limitAttribute, String limit, String requestAttribute, String request) {
    return "@Resources(" + limitAttribute + " = \"" + limit + "\") is below " + requestAttribute + " = \""
        + request + "\"; a limit must be at least the request";
  }

  public static String invalidDuration(String attribute, String value, String problem) {
    return attribute + " = \"" + value + "\" is not a valid duration: " + problem;
  }

  public static String negativeRetryLimit(int limit) {
    return "@Retry(limit = " + limit + ") is negative; the limit counts retries after the first attempt,"
        + " so use 0 or more";
  }

  public static String negativeFactor(int factor) {
    return "@Retry(factor = " + factor + ") is negative; use 1 or more, or 0 for Argo's default";
  }

  public static String needsBackoff(String attribute) {
    return "@Retry(" + attribute + " = …) needs backoff = \"…\", the first wait it grows from";
  }

  // Images

  public static String noImage(String workflowClass, List<String> methods) {
    return "no container image for " + (methods.size() == 1 ? "script " : "scripts ")
        + String.join(", ", methods) + " of " + workflowClass
        + "; set @Workflow(image = …), @Script(image = …) or the processor option -Ajera.image=…";
  }

  public static String latestImage(String image) {
    return "image '" + image + "' uses the tag 'latest', so a rerun may get different code; pin a"
        + " version or a digest";
  }

  public static String untaggedImage(String image) {
    return "image '" + image + "' has no tag, which means 'latest', so a rerun may get different code;"
        + " pin a version or a digest";
  }

  public static String invalidImage(String image, String problem) {
    return "image '" + image + "' is not a valid image reference: " + problem;
  }

  // The workflow as a whole

  public static String noScripts(String workflowClass) {
    return "workflow " + workflowClass + " has no @Script methods; add at least one";
  }

  public static String onlyExitHandler(String workflowClass) {
    return "workflow " + workflowClass + " has no steps besides its exit handler; add a @Script to run";
  }

  public static String negativeParallelism(int parallelism) {
    return "@Workflow(parallelism = " + parallelism + ") is negative; use 1 or more, or 0 for no limit";
  }

  public static String invalidServiceAccount(String name, String problem) {
    return "service account '" + name + "' is not a valid Kubernetes name: " + problem;
  }

  public static String labelWithoutEquals(String label) {
    return "label '" + label + "' is not of the form key=value";
  }

  public static String invalidLabel(String label, String problem) {
    return "label '" + label + "' is not a valid Kubernetes label: " + problem;
  }

  public static String duplicateLabel(String key) {
    return "label key '" + key + "' is given twice; keep one";
  }

  public static String reservedLabel(String key) {
    return "label key '" + key + "' is set by Jera from the processor option jera.appVersion; remove it here";
  }

  public static String tooMany(String what, int count, int max) {
    return "this workflow has " + count + " " + what + ", but Argo accepts at most " + max
        + "; split it into several workflows";
  }

  // Secrets

  public static String invalidSecretName(String name, String problem) {
    return "secret name '" + name + "' is not a valid Kubernetes name: " + problem;
  }

  public static String invalidSecretKey(String key, String problem) {
    return "secret key '" + key + "' is not valid: " + problem;
  }

  public static String undeclaredSecret(String name, String key, String workflowClass, Optional<String> suggestion) {
    return "secret " + name + "/" + key + " is not declared on " + workflowClass + suggest(suggestion)
        + (suggestion.isPresent() ? "" : "; declare it with @Secret(name = \"" + name + "\", key = \"" + key
            + "\") on the class");
  }

  public static String secretClash(String first, String second, String variable) {
    return "secrets " + first + " and " + second + " would both reach the step as " + variable
        + "; rename one of the keys";
  }

  // The exit handler

  public static String exitHandlerFrom(String param, String method) {
    return "parameter '" + param + "' of " + method + "() takes a step's result with @From, but "
        + method + "() is the exit handler, which runs after the graph; read {{workflow.status}} or"
        + " {{workflow.failures}} with @Value instead";
  }

  public static String exitHandlerAttribute(String attribute, String method) {
    return "@Script(" + attribute + " = …) does not apply to " + method
        + "(), the exit handler, which runs once when the workflow ends; remove it";
  }

  public static String exitHandlerItem(String param, String method) {
    return "parameter '" + param + "' of " + method + "() is @Item, but " + method
        + "() is the exit handler, which does not fan out";
  }

  // Annotations in the wrong place

  public static String scriptOutsideWorkflow(String method, String type) {
    return "@Script method " + method + "() is in " + type + ", which is not a @Workflow; annotate "
        + type + " with @Workflow";
  }

  public static String settingOutsideWorkflow(String annotation, String type) {
    return "@" + annotation + " on " + type + " has no effect, because " + type
        + " is not a @Workflow; annotate it with @Workflow";
  }

  public static String sourceOutsideScript(String annotation, String method) {
    return "@" + annotation + " only works on a parameter of a @Script method, and " + method
        + "() is not one; annotate it with @Script";
  }

  public static String internalError(String workflowClass, String problem) {
    return "Jera could not process " + workflowClass + " (" + problem
        + "); this is a bug in Jera, please report it with this class";
  }
}
