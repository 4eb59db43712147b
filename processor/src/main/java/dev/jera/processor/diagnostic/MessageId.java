package dev.jera.processor.diagnostic;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic Jera prints has one of these ids, stable across versions, which leads its message
 * as {@code [Jera/UnknownScript]}: users search for it, the README lists each with what it means and
 * an example, and the tests pin each by it. The kind is the id's: an id is always an error or always a
 * warning.
 */
public enum MessageId {
  // Workflow and step names
  INVALID_WORKFLOW_NAME(Group.NAMES, ERROR, "the workflow's name is not a Kubernetes name"),
  WORKFLOW_NAME_TOO_LONG(Group.NAMES, ERROR,
      "the workflow's name is longer than Argo allows for its kind (58, 52 or 63 characters)"),
  VERSION_WITHOUT_OPTION(Group.NAMES, ERROR,
      "the name uses ${jera.appVersion}, but the processor option jera.appVersion is not set"),
  LEGACY_VERSION_PLACEHOLDER(Group.NAMES, WARNING, "the name uses ${jera.version}, the old name of ${jera.appVersion}"),
  DUPLICATE_WORKFLOW_NAME(Group.NAMES, ERROR, "two classes of the compilation have one workflow name and kind"),
  INVALID_STEP_NAME(Group.NAMES, ERROR, "a step's name is not a name Argo accepts"),
  STEP_NAME_STARTS_WITH_DIGIT(Group.NAMES, ERROR,
      "a step's name starts with a digit, which Argo rejects where steps depend on each other"),
  RESERVED_STEP_NAME(Group.NAMES, ERROR, "a step is named main, the name of the workflow's entry template"),
  DUPLICATE_STEP_NAME(Group.NAMES, ERROR, "two scripts have one step name"),
  STEP_NAME_TOO_LONG(Group.NAMES, ERROR, "a step's name is longer than Argo's 128 characters"),

  // Workflow parameters
  INVALID_PARAM_NAME(Group.PARAMS, ERROR, "a workflow parameter's name is not a name Argo accepts"),
  DUPLICATE_PARAM(Group.PARAMS, ERROR, "a workflow parameter is declared twice"),
  UNKNOWN_PARAM(Group.PARAMS, ERROR, "a script takes a workflow parameter the class does not declare"),
  UNUSED_PARAM(Group.PARAMS, WARNING, "a declared workflow parameter is used by no script"),
  PARAM_TYPE(Group.PARAMS, ERROR, "@Param(type) names neither String (a value) nor java.nio.file.Path (a file)"),
  FILE_PARAM_OUTSIDE_GRAPH(Group.PARAMS, ERROR, "@Param(type = Path.class) on a class that is not a @Graph"),
  FILE_PARAM_ATTRIBUTE(Group.PARAMS, ERROR,
      "a graph's input file takes a default, allowed values, a description or a ConfigMap, which only values have"),
  DEFAULT_NOT_PARSING(Group.PARAMS, ERROR,
      "a parameter's default value does not decode into the type of a script parameter that takes it"),
  ALLOWED_NOT_PARSING(Group.PARAMS, ERROR,
      "an allowed value does not decode into the type of a script parameter that takes it"),
  DEFAULT_NOT_ALLOWED(Group.PARAMS, ERROR, "a parameter's default value is not one of its allowed values"),
  DUPLICATE_ALLOWED(Group.PARAMS, ERROR, "an allowed value is listed twice"),
  PARAM_ATTRIBUTE_ON_SCRIPT(Group.PARAMS, ERROR,
      "defaultValue, description, allowed or configMap on a script's @Param, where they have no effect"),
  INVALID_PARAM_CONFIG_MAP(Group.PARAMS, ERROR, "@Param(configMap) is not of the form configmap/key"),
  CONFIG_MAP_PARAM_WITH_ALLOWED(Group.PARAMS, ERROR,
      "a workflow parameter takes its value from a ConfigMap and has allowed values, which Argo checks only against a value"),

  // Where a script's parameters come from
  NO_SOURCE(Group.SOURCES, ERROR, "a script's parameter has no @Param, @From, @Item, @Value, @Secret or file location"),
  TWO_SOURCES(Group.SOURCES, ERROR, "a script's parameter has two sources"),

  // References between scripts
  UNKNOWN_SCRIPT(Group.REFERENCES, ERROR, "@From, forEach, after or onExit names no script of the workflow"),
  FROM_VOID(Group.REFERENCES, ERROR, "@From reads a script that returns void"),
  SELF_REFERENCE(Group.REFERENCES, ERROR, "a script waits for its own result"),
  DEPENDENCY_CYCLE(Group.REFERENCES, ERROR, "steps wait for each other in a cycle"),
  REFERENCE_TO_EXIT_HANDLER(Group.REFERENCES, ERROR, "a step waits for the exit handler, which runs after all steps"),

  // Fan-out and fan-in
  FOR_EACH_AND_ITEMS(Group.FAN_OUT, ERROR, "a script sets both forEach and items"),
  ITEM_WITHOUT_LOOP(Group.FAN_OUT, ERROR, "a parameter is @Item, but its script does not fan out"),
  TWO_ITEMS(Group.FAN_OUT, ERROR, "a script has two @Item parameters"),
  LOOP_WITHOUT_ITEM(Group.FAN_OUT, WARNING, "a script fans out, but no parameter takes the element"),
  FAN_IN_OF_TEXT(Group.FAN_OUT, WARNING,
      "a step reads as a list the text results of a container fan-out, which Argo parses as JSON"),
  FOR_EACH_NOT_LIST(Group.FAN_OUT, ERROR, "forEach names a script that does not return a list, set or array"),
  ITEM_TYPE_MISMATCH(Group.FAN_OUT, ERROR, "an @Item's type is not the element type of the list fanned out over"),
  ITEM_NOT_PARSING(Group.FAN_OUT, ERROR, "a literal item does not decode into the @Item's type"),
  FOR_EACH_PARAM_NOT_LIST(Group.FAN_OUT, ERROR,
      "forEach names a workflow parameter whose default is not a JSON list of elements of the @Item's type"),
  UNKNOWN_ITEM_FIELD(Group.FAN_OUT, ERROR,
      "@Item(\"field\") names a field the elements do not have (a literal item without it, an output the producer does not leave)"),
  TYPE_MISMATCH(Group.FAN_OUT, ERROR, "a parameter's type is not the type its producer returns"),
  VALUE_NOT_PARSING(Group.FAN_OUT, ERROR, "an @Value literal does not decode into its parameter's type"),
  FAN_IN_MISMATCH(Group.FAN_OUT, ERROR, "a parameter reads a fan-out's results, which are a list, as one value"),

  // Types and methods
  NOT_JSON(Group.TYPES, ERROR, "a parameter or result has a type that cannot travel between pods as JSON"),
  SECRET_NOT_STRING(Group.TYPES, ERROR, "an @Secret parameter is not a String"),
  PRIVATE_SCRIPT(Group.TYPES, ERROR, "a script is private, so the generated runner cannot call it"),
  GENERIC_SCRIPT(Group.TYPES, ERROR, "a script declares type parameters"),
  NO_CONSTRUCTOR(Group.TYPES, ERROR, "an instance script of a class the runner cannot create"),
  PRIVATE_WORKFLOW_CLASS(Group.TYPES, ERROR,
      "the workflow class is private, so the generated runner cannot call its scripts"),

  // Template strings
  UNTERMINATED_TAG(Group.TAGS, ERROR, "a template string has an unclosed {{"),
  UNRESOLVED_TAG(Group.TAGS, ERROR, "a {{…}} names nothing Argo defines where the string is resolved"),
  WHEN_COMPARES_JSON(Group.TAGS, ERROR, "when compares a result that is JSON, which Argo's evaluator cannot"),
  INVALID_WHEN(Group.TAGS, ERROR, "when is not a valid Argo expression"),
  INVALID_EXPRESSION(Group.TAGS, ERROR, "an expression ({{= … }}, labelsFrom, a graph's output) does not parse"),
  UNKNOWN_FUNCTION(Group.TAGS, ERROR, "an expression calls a function Argo's expressions do not have"),
  NOT_EVALUATED_LOCALLY(Group.TAGS, WARNING,
      "an expression calls a function Argo has but the local executor does not evaluate"),

  // Outcome conditions
  DEPENDS_IN_STEPS(Group.DEPENDS, ERROR, "@Script(depends) in a workflow of the STEPS style"),
  INVALID_DEPENDS(Group.DEPENDS, ERROR, "depends is not a valid outcome condition"),
  DEPENDS_UNKNOWN_STEP(Group.DEPENDS, ERROR, "depends names no step of the workflow"),
  DEPENDS_NEEDS_LOOP(Group.DEPENDS, ERROR, "depends uses AnySucceeded or AllFailed of a step that does not fan out"),
  DEPENDS_MISSES_INPUT(Group.DEPENDS, ERROR, "depends leaves out a step the script reads from"),
  DEPENDS_AND_AFTER(Group.DEPENDS, ERROR, "a script sets both depends and after"),
  CONTINUE_ON_IN_DAG(Group.DEPENDS, ERROR, "@Script(continueOn) in a workflow of the DAG style"),
  CONTINUE_ON_IN_LIBRARY(Group.DEPENDS, ERROR, "@Script(continueOn) on a script of a @Library, which is not a step"),

  // Sequences
  SEQUENCE_BOUNDS(Group.SEQUENCES, ERROR, "@Sequence sets neither or both of count and end"),
  SEQUENCE_NOT_A_NUMBER(Group.SEQUENCES, ERROR, "a bound of @Sequence is not a whole number"),
  SEQUENCE_FORMAT(Group.SEQUENCES, ERROR, "@Sequence(format) does not hold exactly one integer verb"),
  TWO_FAN_OUTS(Group.SEQUENCES, ERROR, "a script has @Sequence and forEach or items"),
  SEQUENCE_ITEM_TYPE(Group.SEQUENCES, ERROR, "the @Item of a sequence is not an int, long or String"),

  // Pod settings
  ENV_SOURCES(Group.PODS, ERROR, "@Env sets not exactly one of value, configMap and secret"),
  ENV_KEY(Group.PODS, ERROR, "@Env reads a ConfigMap or Secret without a key"),
  ENV_KEY_WITHOUT_SOURCE(Group.PODS, ERROR, "@Env has a key but no ConfigMap or Secret to read it from"),
  INVALID_ENV_NAME(Group.PODS, ERROR, "an environment variable's name (or an @EnvFrom prefix) is not valid"),
  RESERVED_ENV_NAME(Group.PODS, ERROR, "an environment variable starts with JERA_, which Jera keeps for secrets"),
  DUPLICATE_ENV(Group.PODS, ERROR, "a script sets one environment variable twice"),
  ENV_FROM_SOURCES(Group.PODS, ERROR, "@EnvFrom sets not exactly one of configMap and secret"),
  INVALID_RESOURCE_NAME(Group.PODS, ERROR,
      "the name of a volume, ConfigMap, Secret, claim, storage class, priority class or cache is not a Kubernetes name"),
  VOLUME_SOURCES(Group.PODS, ERROR, "@Volume sets more than one of claim, size, secret and configMap"),
  STORAGE_CLASS_WITHOUT_SIZE(Group.PODS, ERROR, "@Volume sets storageClass without a size"),
  INVALID_MOUNT_PATH(Group.PODS, ERROR, "a mount path is not absolute, contains .., or is Argo's"),
  MOUNT_PATH_TAKEN(Group.PODS, ERROR, "two volumes of one pod are mounted at one path"),
  VOLUME_REDEFINED(Group.PODS, ERROR, "one volume name is declared with two backings"),
  INVALID_NODE_SELECTOR(Group.PODS, ERROR, "a node selector is not a valid key=value label"),
  INVALID_TOLERATION(Group.PODS, ERROR, "a toleration is not key=value:Effect, key:Effect or key=value"),
  INVALID_AFFINITY(Group.PODS, ERROR, "a node affinity requirement is not 'key in (a, b)' or a like form"),
  PULL_SECRETS_ON_SCRIPT(Group.PODS, ERROR, "@Pod(imagePullSecrets) on a script; it applies to the whole workflow"),
  INVALID_MUTEX(Group.PODS, ERROR, "a mutex's name has characters Argo does not accept"),
  INVALID_SEMAPHORE(Group.PODS, ERROR, "a semaphore is not of the form configmap/key"),
  INVALID_DATABASE_SEMAPHORE(Group.PODS, ERROR,
      "with @Synchronized(database = true) a semaphore is not a bare key of the database (e.g. configmap/key)"),
  EMPTY_SYNC(Group.PODS, ERROR, "@Synchronized names no mutex and no semaphore"),
  INVALID_SPEC_PATCH(Group.PODS, ERROR,
      "@Pod(specPatch) does not parse as a pod spec, or patches a container the pod does not have"),
  INVALID_RESOURCE_CLAIM(Group.PODS, ERROR, "@Pod(resourceClaims) is not name=template or name=claim/existing"),
  UNKNOWN_RESOURCE_CLAIM(Group.PODS, ERROR, "@Resources(claims) names a claim no @Pod(resourceClaims) of the pod declares"),
  INVALID_DNS_CONFIG(Group.PODS, ERROR, "a nameserver is not an IP address, or a DNS option or search domain is malformed"),
  DNS_ON_SCRIPT(Group.PODS, ERROR, "@Pod(nameservers, dnsOptions or dnsSearches) on a script; DNS applies to the whole workflow"),
  INVALID_SUB_PATH(Group.PODS, ERROR, "@Volume(subPath) is absolute or contains .."),

  // Sidecars and init containers
  INVALID_CONTAINER_NAME(Group.SIDECARS, ERROR, "a sidecar's or init container's name is not a DNS-1123 label"),
  RESERVED_CONTAINER_NAME(Group.SIDECARS, ERROR,
      "a sidecar or init container takes a name Argo gives its own containers (main, wait, init, supervisor, …)"),
  DUPLICATE_CONTAINER_NAME(Group.SIDECARS, ERROR, "two sidecars or init containers of one pod have one name"),
  INVALID_CONTAINER_ENV(Group.SIDECARS, ERROR,
      "an env entry of @Sidecar or @InitContainer is not NAME=value with a valid name, or sets a name twice"),
  PRIVILEGED_SIDECAR(Group.SIDECARS, ERROR, "a privileged sidecar in a workflow whose pods are restricted"),

  // Daemons
  INVALID_DAEMON(Group.DAEMONS, ERROR,
      "@Daemon on a @Resource template, or a readiness probe that is not one of http with port, tcp or exec, or whose"
      + " port or times are out of range"),
  DAEMON_RESULT(Group.DAEMONS, ERROR, "a daemon returns a value, or a step reads a daemon's result instead of its address"),
  // Container sets
  EMPTY_CONTAINER_SET(Group.CONTAINER_SETS, ERROR, "a @ContainerSet class has no @Script method: its pod would have no container"),
  INVALID_MEMBER_NAME(Group.CONTAINER_SETS, ERROR, "a container set's member's name is not a DNS-1123 label"),
  RESERVED_MEMBER_NAME(Group.CONTAINER_SETS, ERROR,
      "a container set's member takes a name Argo gives its own containers (wait, init, supervisor, artifact-plugin-…)"),
  DUPLICATE_MEMBER_NAME(Group.CONTAINER_SETS, ERROR, "two members of a container set have one name"),
  UNKNOWN_MEMBER(Group.CONTAINER_SETS, ERROR, "a member's after names no member of its container set"),
  MEMBER_CYCLE(Group.CONTAINER_SETS, ERROR, "members of a container set wait for each other, so none would start"),
  FILE_INTO_NON_MAIN(Group.CONTAINER_SETS, ERROR,
      "a member other than main takes an input file, which Argo loads into the container main only"),
  OUTPUT_OF_NON_MAIN(Group.CONTAINER_SETS, ERROR,
      "a member other than main declares an @Output: a container set's outputs are its member main's"),
  MEMBER_STEP_SETTING(Group.CONTAINER_SETS, ERROR,
      "a member of a container set has a setting of a step or a pod (when, forEach, @Call, @Retry, @Sidecar, …)"),
  MEMBER_NOT_CALLABLE(Group.CONTAINER_SETS, ERROR, "a member of a container set is not a static, non-private method"),
  CONTAINER_SET_OUTSIDE_WORKFLOW(Group.CONTAINER_SETS, ERROR,
      "@ContainerSet on a class that is not a static class nested in a @Workflow class"),

  // Files (artifacts)
  FILE_WITHOUT_SOURCE(Group.ARTIFACTS, ERROR,
      "a Path parameter is filled by an annotation that gives a value, not a file"),
  FILE_VALUE_NOT_A_REFERENCE(Group.ARTIFACTS, ERROR,
      "a call's Path parameter takes a @Value that is not one tag naming a file"),
  LOCATION_ON_NON_PATH(Group.ARTIFACTS, ERROR, "a file location (@Http, @S3, @Raw, …) on a parameter that is not a Path"),
  FILE_FAN_IN(Group.ARTIFACTS, ERROR, "a step takes the files of a fan-out, which Argo cannot hand over as a list"),
  FILE_AS_VALUE(Group.ARTIFACTS, ERROR, "a script's returned file is taken as a value, not as a Path"),
  ARCHIVE_WITHOUT_FILE(Group.ARTIFACTS, ERROR, "@Archive on a script that returns no Path"),
  COMPRESSION_LEVEL(Group.ARTIFACTS, ERROR, "@Archive(compressionLevel) is not between -1 and 9"),
  MISSING_LOCATION(Group.ARTIFACTS, ERROR, "a file location lacks a required attribute (repo, key, blob, url, path, …)"),
  INVALID_SECRET_REF(Group.ARTIFACTS, ERROR, "a credential of a file location is not of the form secret/key"),
  INVALID_URL(Group.ARTIFACTS, ERROR, "a URL of @Http, @Artifactory or @Azure is not an http:// or https:// URL"),
  KEY_ONLY_WITHOUT_BUCKET(Group.ARTIFACTS, ERROR, "@S3, @Gcs or @Oss without a bucket sets more than key"),
  UNDECLARED_LOCATION_SECRET(Group.ARTIFACTS, ERROR, "a credential of a file location names a secret the class does not declare"),
  RELATIVE_HDFS_PATH(Group.ARTIFACTS, ERROR, "@Hdfs(path) is not an absolute path"),
  INVALID_HTTP_HEADER(Group.ARTIFACTS, ERROR, "an @Http header is not of the form \"Name: value\""),
  INVALID_ENDPOINT_PARAM(Group.ARTIFACTS, ERROR, "an @Http(oauth2EndpointParams) entry is not of the form key=value"),
  INCOMPLETE_HTTP_AUTH(Group.ARTIFACTS, ERROR, "an @Http authentication lacks a credential it needs (client key, OAuth2 secret)"),
  TWO_HTTP_AUTHS(Group.ARTIFACTS, ERROR, "an @Http sets more than one kind of authentication"),
  AZURE_KEY_WITH_SDK_CREDS(Group.ARTIFACTS, ERROR, "@Azure sets both accountKeySecret and useSdkCreds"),
  OUTPUT_LOCATION_WITHOUT_FILE(Group.ARTIFACTS, ERROR,
      "a file location on a script method that returns no Path of its own (it returns no Path, or calls a template)"),
  TWO_OUTPUT_LOCATIONS(Group.ARTIFACTS, ERROR, "a script method carries two file locations for its returned file"),
  KEY_READ_TOO_EARLY(Group.ARTIFACTS, WARNING,
      "a step reads a key of the artifact repository that another step stores, but does not run after it"),
  INVALID_ARTIFACT_REPOSITORY(Group.ARTIFACTS, ERROR, "@Workflow(artifactRepository) is not a key or of the form configmap/key"),
  GC_ON_VALUE(Group.ARTIFACTS, ERROR, "@Output(gc) on an output that is not a file"),
  GC_UNSUPPORTED_STORE(Group.ARTIFACTS, ERROR,
      "@Output(gc) on a file stored where Argo cannot delete it (@Http, @Git, @Hdfs, @Artifactory, @Raw)"),
  NOT_AN_ARGUMENT_FILE(Group.ARTIFACTS, ERROR, "a component of a @Workflow record is not a Path with a file location"),
  UNUSED_ARGUMENT_FILE(Group.ARTIFACTS, ERROR, "an argument file of a @Workflow record has no Path input of its name in the entrypoint template"),
  SUB_PATH_ON_VALUE(Group.ARTIFACTS, ERROR, "@From(subPath) on a parameter that is not a Path"),
  INVALID_FILE_SUB_PATH(Group.ARTIFACTS, ERROR, "@From(subPath) is absolute or leaves the file with '..'"),

  // Named outputs
  OUTPUT_WITHOUT_NAME(Group.OUTPUTS, ERROR, "@Output on a method gives no name"),
  INVALID_OUTPUT_NAME(Group.OUTPUTS, ERROR, "an output's name (or global name) is not a name Argo accepts"),
  DUPLICATE_OUTPUT(Group.OUTPUTS, ERROR, "two outputs of one script or template have one name"),
  OUTPUT_OF_VOID(Group.OUTPUTS, ERROR, "@Output on a method that returns nothing"),
  OUTPUT_ON_CALL(Group.OUTPUTS, ERROR, "@Output on a step that calls a template: the outputs are the template's"),
  FILE_OUTPUT_DEFAULT(Group.OUTPUTS, ERROR, "@Output(defaultValue) on a file, which has no default"),
  OUTPUT_DEFAULT_NOT_PARSING(Group.OUTPUTS, ERROR, "an output's default value does not decode into its type"),
  DUPLICATE_GLOBAL_OUTPUT(Group.OUTPUTS, ERROR, "two outputs of a workflow export one global name"),
  UNKNOWN_OUTPUT(Group.OUTPUTS, ERROR,
      "@From(output) names an output the producer does not have (or reads a named file as a result)"),
  OUTPUT_TYPE_MISMATCH(Group.OUTPUTS, ERROR, "a parameter reads a named output of another type"),
  GRAPH_OUTPUT_SOURCE(Group.OUTPUTS, ERROR, "@Output on a graph needs from or expression, not both, and a name"),
  GRAPH_OUTPUT_UNKNOWN_STEP(Group.OUTPUTS, ERROR, "@Output(from) on a graph names no step of that graph"),
  GRAPH_OUTPUT_WITHOUT_VALUE(Group.OUTPUTS, ERROR, "@Output(from) on a graph takes the result of a step that returns nothing"),
  GRAPH_OUTPUT_EXPRESSION(Group.OUTPUTS, ERROR, "@Output(expression) on a graph does not parse, or reads what the graph has not"),

  // Calls of templates defined elsewhere
  UNRESOLVED_CALL(Group.CALLS, ERROR,
      "@Call names no workflow, library or template Jera can find, or one it cannot call"),
  CALL_UNKNOWN_INPUT(Group.CALLS, ERROR, "a @Call script's parameter is not an input of the called template"),
  CALL_MISSING_INPUT(Group.CALLS, ERROR, "a @Call script leaves out an input of the called template"),
  CALL_INPUT_TYPE(Group.CALLS, ERROR, "a @Call script's parameter has another type than the template's input"),
  CALL_RESULT_TYPE(Group.CALLS, ERROR, "a @Call script returns another type than the called template"),
  CALL_WITH_CONTAINER(Group.CALLS, ERROR, "a script is both a @Call and a @Container"),
  LIBRARY_TEMPLATE_CLASH(Group.CALLS, ERROR, "a called library template has the name of a step of the workflow"),
  UNRESOLVED_RUNS(Group.CALLS, ERROR, "@Workflow(runs) names no workflow template Jera can find, or one it cannot run"),
  RUNS_WITH_SCRIPTS(Group.CALLS, ERROR, "a workflow that runs a template has @Script methods, which would never run"),
  RUNS_UNKNOWN_PARAM(Group.CALLS, ERROR,
      "a workflow that runs a template declares a parameter the template does not have"),
  RUNS_UNKNOWN_ENTRYPOINT(Group.CALLS, ERROR,
      "a workflow that runs a template starts at an entrypoint the template does not have"),
  LIBRARY_SOURCE(Group.CALLS, ERROR, "a library script's parameter has a source, though the calling step fills it"),

  // Templates and the entrypoint
  TEMPLATE_OUTSIDE_WORKFLOW(Group.TEMPLATES, ERROR, "a @Template is in a class that is not a @Workflow"),
  TEMPLATE_AND_SCRIPT(Group.TEMPLATES, ERROR, "a method is both a @Script and a @Template"),
  INVALID_TEMPLATE_NAME(Group.TEMPLATES, ERROR, "a template's name or the entrypoint is not a name Argo accepts"),
  TEMPLATE_NAME_CLASH(Group.TEMPLATES, ERROR, "two templates of the workflow have one name"),
  TEMPLATE_INPUT_SOURCE(Group.TEMPLATES, ERROR,
      "a @Template's parameter has @From or @Item, though the calling step fills it"),
  UNKNOWN_ENTRYPOINT(Group.TEMPLATES, ERROR, "the entrypoint of a class without steps names no @Template"),
  ENTRYPOINT_SKIPS_STEPS(Group.TEMPLATES, ERROR, "the entrypoint is a @Template, so the class's steps would never run"),
  ENTRY_INPUT_WITHOUT_PARAM(Group.TEMPLATES, ERROR,
      "an input of the entrypoint or exit handler template has no default and no workflow parameter of its name"),
  STUB_TEMPLATE_SETTING(Group.TEMPLATES, ERROR, "a step that calls a @Template sets what belongs to the template"),
  UNCALLED_TEMPLATE(Group.TEMPLATES, WARNING,
      "a @Template of a Workflow or CronWorkflow is called by no step and is neither the entrypoint nor the exit handler"),

  // CronWorkflows
  SCHEDULE_REQUIRED(Group.CRON, ERROR, "a CRON_WORKFLOW has no schedule"),
  OUTSIDE_CRON(Group.CRON, ERROR, "a CronWorkflow setting on a workflow of another kind"),
  UNKNOWN_CONCURRENCY_POLICY(Group.CRON, ERROR, "concurrencyPolicy is not Allow, Forbid or Replace"),
  NEGATIVE_CRON_NUMBER(Group.CRON, ERROR, "a CronWorkflow's count or deadline is negative"),
  INVALID_CRON_WHEN(Group.CRON, ERROR, "a CronWorkflow's when cannot be evaluated by Argo before a run"),
  INVALID_STOP_STRATEGY(Group.CRON, ERROR, "a CronWorkflow's stopStrategy is not an expression over cronworkflow.* variables"),
  INVALID_SCHEDULE(Group.CRON, ERROR, "a schedule is not a valid cron schedule"),
  INVALID_TIMEZONE(Group.CRON, ERROR, "timezone is not an IANA time zone"),

  // Resources, durations and retries
  NOT_POSITIVE(Group.RESOURCES, ERROR, "a deadline, TTL or cache age is not longer than zero"),
  INVALID_QUANTITY(Group.RESOURCES, ERROR, "a request, limit or claim size is not a Kubernetes quantity"),
  LIMIT_BELOW_REQUEST(Group.RESOURCES, ERROR, "a limit is below its request"),
  INVALID_DURATION(Group.RESOURCES, ERROR,
      "a timeout, retry wait, deadline, TTL or cache age is not a duration with a unit"),
  NEGATIVE_RETRY_LIMIT(Group.RESOURCES, ERROR, "@Retry(limit) is negative and not Retry.UNLIMITED"),
  NEGATIVE_RETRY_FACTOR(Group.RESOURCES, ERROR, "@Retry(factor) is negative"),
  BACKOFF_REQUIRED(Group.RESOURCES, ERROR, "@Retry sets factor, maxBackoff or cap without backoff"),
  BACKOFF_WITHOUT_LIMIT(Group.RESOURCES, WARNING,
      "@Retry sets backoff without limit, and Argo waits no backoff when there is no limit"),
  INVALID_RETRY_EXPRESSION(Group.RESOURCES, ERROR, "@Retry(expression) is not an expression Argo can evaluate"),
  UNKNOWN_IN_RETRY_EXPRESSION(Group.RESOURCES, ERROR,
      "@Retry(expression) names a variable, function or input that does not exist there"),
  EXPRESSION_RETRIES_ERRORS(Group.RESOURCES, WARNING,
      "@Retry(expression) without policy, so Argo retries errors as well as failures"),
  UNKNOWN_TIMEOUT_INPUT(Group.RESOURCES, ERROR, "a timeout names an input its template does not have"),
  TIMEOUT_ARGUMENT_NOT_DURATION(Group.RESOURCES, ERROR, "a value for an input a timeout reads is not a duration"),
  DEADLINE_NOT_WHOLE_SECONDS(Group.RESOURCES, ERROR, "a template's deadline is not a whole number of seconds"),

  // Images and container commands
  VALUE_IN_CODE(Group.IMAGES, WARNING, "a container pastes a value into code a shell or interpreter runs"),
  NO_IMAGE(Group.IMAGES, ERROR, "a script has no container image"),
  LATEST_IMAGE(Group.IMAGES, WARNING, "an image uses the tag latest"),
  UNTAGGED_IMAGE(Group.IMAGES, WARNING, "an image has no tag"),
  INVALID_IMAGE(Group.IMAGES, ERROR, "an image is not a valid image reference"),

  // The workflow as a whole
  NO_SCRIPTS(Group.WORKFLOW, ERROR, "a workflow has no @Script methods"),
  ONLY_EXIT_HANDLER(Group.WORKFLOW, ERROR, "a workflow's only script is its exit handler"),
  NEGATIVE_PARALLELISM(Group.WORKFLOW, ERROR, "@Workflow(parallelism) is negative"),
  NEGATIVE_GRAPH_PARALLELISM(Group.WORKFLOW, ERROR, "@Graph(parallelism) is negative"),
  GRAPH_WITHOUT_STEPS(Group.WORKFLOW, ERROR, "@Graph on a class whose entrypoint is a @Template or that is a @Library: it has no graph"),
  GRAPH_TARGET_IN_STEPS(Group.WORKFLOW, ERROR, "@Graph(target) in a workflow of the STEPS style"),
  UNKNOWN_GRAPH_TARGET(Group.WORKFLOW, ERROR, "@Graph(target) names no step of the workflow"),
  GRAPH_NAME_ON_WORKFLOW(Group.WORKFLOW, ERROR, "@Graph on the @Workflow class sets name or style, which @Workflow gives"),
  NESTED_GRAPH_WITHOUT_STEPS(Group.WORKFLOW, ERROR, "a nested @Graph class has no @Script methods"),
  UNCALLED_GRAPH(Group.WORKFLOW, WARNING, "a nested @Graph is never called"),
  INVALID_SERVICE_ACCOUNT(Group.WORKFLOW, ERROR, "the service account is not a Kubernetes name"),
  LABEL_WITHOUT_EQUALS(Group.WORKFLOW, ERROR, "a label is not of the form key=value"),
  INVALID_LABEL(Group.WORKFLOW, ERROR, "a label's key or value is not valid for Kubernetes"),
  DUPLICATE_LABEL(Group.WORKFLOW, ERROR, "a label key is given twice"),
  RESERVED_LABEL(Group.WORKFLOW, ERROR, "a label sets app.kubernetes.io/version, which Jera sets from jera.appVersion"),
  TOO_MANY_TEMPLATES(Group.WORKFLOW, ERROR, "a workflow has more templates than Argo accepts (200)"),
  INVALID_ANNOTATION(Group.WORKFLOW, ERROR, "an annotation is not key=value with a valid Kubernetes key"),
  DUPLICATE_ANNOTATION(Group.WORKFLOW, ERROR, "an annotation key is given twice"),
  ANNOTATIONS_TOO_LARGE(Group.WORKFLOW, ERROR, "the annotations of one resource exceed Kubernetes' 256 KiB"),
  INVALID_LABELS_FROM(Group.WORKFLOW, ERROR,
      "a labelsFrom entry is not key=expression, or its expression names what the workflow does not define"),
  FIXED_NAME_OUTSIDE_WORKFLOW(Group.WORKFLOW, ERROR, "generateName = false on a workflow whose kind is not WORKFLOW"),
  INVALID_DISRUPTION_BUDGET(Group.WORKFLOW, ERROR,
      "minAvailable or maxUnavailable is not a whole number or a percentage, or both are set"),
  POD_GC_OPTION_WITHOUT_STRATEGY(Group.WORKFLOW, ERROR, "podGCDelay or podGCSelector without a podGC strategy"),
  INVALID_POD_GC_SELECTOR(Group.WORKFLOW, ERROR, "a podGCSelector term is not key=value or a label requirement"),

  // Secrets
  INVALID_SECRET_NAME(Group.SECRETS, ERROR, "a secret's name is not a Kubernetes name"),
  INVALID_SECRET_KEY(Group.SECRETS, ERROR, "a secret's (or ConfigMap's) key is not valid"),
  UNDECLARED_SECRET(Group.SECRETS, ERROR, "a script takes a secret the class does not declare"),
  SECRET_CLASH(Group.SECRETS, ERROR, "two secret keys of one step would reach it as the same environment variable"),

  // The exit handler
  EXIT_HANDLER_FROM(Group.EXIT_HANDLER, ERROR, "the exit handler takes a step's result with @From"),
  EXIT_HANDLER_ATTRIBUTE(Group.EXIT_HANDLER, ERROR,
      "the exit handler sets forEach, items, after, when, depends, continueOn or @Sequence"),
  EXIT_HANDLER_ITEM(Group.EXIT_HANDLER, ERROR, "the exit handler has an @Item parameter"),

  // Hooks
  HOOK_OUTSIDE_WORKFLOW(Group.HOOKS, ERROR, "@Hook on a method of a class that is not a @Workflow"),
  HOOK_ON_STEP(Group.HOOKS, ERROR, "@Hook on a @Script or @Template method: a hook is a stub of its own"),
  HOOK_WITHOUT_CALL(Group.HOOKS, ERROR, "a @Hook stub names no template to run with @Call"),
  UNKNOWN_HOOKED_STEP(Group.HOOKS, ERROR, "@Hook(on) names no step of the workflow"),
  HOOK_WITHOUT_EXPRESSION(Group.HOOKS, ERROR, "a hook not named exit has no expression, so it would never run"),
  INVALID_HOOK_EXPRESSION(Group.HOOKS, ERROR, "a hook's expression is not a valid expr-lang expression"),
  DUPLICATE_HOOK(Group.HOOKS, ERROR, "a step or the workflow has two hooks of one name"),
  TWO_EXIT_HANDLERS(Group.HOOKS, ERROR, "the workflow has both @Workflow(onExit) and a workflow-level exit @Hook"),
  HOOK_READS_LATER_STEP(Group.HOOKS, ERROR, "a hook reads a step that has not run when the hook does"),
  HOOK_READS_OWN_RESULT(Group.HOOKS, ERROR,
      "a hook reads its step's result or node fields, which Argo gives a hook only as status and named outputs"),
  HOOK_LOOP(Group.HOOKS, ERROR, "a hook fans out (@Sequence or @Item), which Argo's hooks cannot"),

  // Suspend templates
  SUSPEND_WITH_COMMAND(Group.SUSPEND, ERROR,
      "a @Suspend template also runs something: a @Container, @Resource, @Call, image or sidecar"),
  INVALID_SUSPEND_DURATION(Group.SUSPEND, ERROR, "@Suspend(duration) is neither a number of seconds nor a Go duration"),
  SUSPEND_FILE_OUTPUT(Group.SUSPEND, ERROR, "a @Suspend template has a file output; only values can be supplied on resume"),
  SUSPEND_RESULT(Group.SUSPEND, ERROR, "a step reads the result of a @Suspend template, which has none"),

  // HTTP templates
  HTTP_WITH_COMMAND(Group.HTTP, ERROR,
      "an @HttpRequest template also runs something: a @Container, @Resource, @Suspend, @Call, image, sidecar or daemon"),
  INVALID_HTTP_METHOD(Group.HTTP, ERROR, "@HttpRequest(method) is not an HTTP method"),
  INVALID_HTTP_URL(Group.HTTP, ERROR, "the @HttpRequest URL is not an http or https URL once its tags are values"),
  INVALID_REQUEST_HEADER(Group.HTTP, ERROR,
      "an @HttpRequest header is not \"Name: value\" (in secretHeaders, \"Name: secret/key\")"),
  INVALID_HTTP_CONDITION(Group.HTTP, ERROR,
      "@HttpRequest(successCondition) does not parse as expr-lang or reads what Argo does not bind there"),
  INVALID_HTTP_TIMEOUT(Group.HTTP, ERROR, "@HttpRequest(timeoutSeconds) is negative"),
  HTTP_OUTPUT(Group.HTTP, ERROR,
      "an @HttpRequest template has an @Output or returns a file; its only output is its result, the response's body"),
  HTTP_POD_SETTING(Group.HTTP, ERROR,
      "an @HttpRequest template asks for @PodResources or resource claims, which Argo rejects: it runs in no pod of its own"),

  // Data templates
  DATA_SOURCE(Group.DATA, ERROR, "a @Data template has not exactly one file, a Path parameter with a location: its source"),
  DATA_WITH_COMMAND(Group.DATA, ERROR,
      "a @Data template also runs something (a @Container, @Resource, @HttpRequest, @Suspend, @Call, daemon, image or"
      + " side container) or declares an @Output; its only output is its result, the transformed list"),
  DATA_TRANSFORMATION(Group.DATA, ERROR, "a @Data transformation reads a variable other than data, the list so far"),

  // Metrics
  INVALID_METRIC_NAME(Group.METRICS, ERROR, "a @Metric's name is not a Prometheus metric name"),
  INVALID_METRIC_LABEL(Group.METRICS, ERROR,
      "a @Metric label is not key=value, its key is not a Prometheus label name, or a key is given twice"),
  METRIC_WITHOUT_HELP(Group.METRICS, ERROR, "a @Metric has an empty help, which Argo requires"),
  INVALID_METRIC_VALUE(Group.METRICS, ERROR, "a @Metric's value is empty, longer than 256 characters, or neither a number nor a variable"),
  INVALID_REALTIME_METRIC(Group.METRICS, ERROR,
      "a realtime @Metric is not a gauge, or its value is not exactly the place's duration variable"),
  METRIC_SETTING_OF_OTHER_KIND(Group.METRICS, ERROR,
      "buckets on a @Metric that is not a histogram, operation on one that is not a gauge, or buckets not increasing"),
  CONFLICTING_METRIC(Group.METRICS, ERROR, "two @Metrics of one workflow have one name but another help or kind"),
  MISPLACED_METRIC(Group.METRICS, ERROR,
      "a @Metric where no template of its own is: on a @Call step or @Hook, a @Library class, or graph = true off a workflow's graph"),

  // Annotations in the wrong place
  SCRIPT_OUTSIDE_WORKFLOW(Group.PLACEMENT, ERROR, "@Script in a class that is not a @Workflow or @Library"),
  SETTING_OUTSIDE_WORKFLOW(Group.PLACEMENT, ERROR, "a workflow setting on a class that is not a @Workflow"),
  SOURCE_OUTSIDE_SCRIPT(Group.PLACEMENT, ERROR,
      "a parameter source or script setting on a method that is not a @Script"),

  // The processor itself
  INTERNAL_ERROR(Group.PROCESSOR, ERROR, "Jera failed on a class: a bug in Jera"),
  INVALID_OPTION(Group.PROCESSOR, ERROR, "a processor option (-Ajera.…) has a value Jera cannot use"),
  CONFLICTING_OPTIONS(Group.PROCESSOR, ERROR, "-Ajera.appVersion and its old name -Ajera.version disagree"),
  DEPRECATED_OPTION(Group.PROCESSOR, WARNING, "a processor option is given by its old name"),
  CANNOT_WRITE(Group.PROCESSOR, ERROR, "a manifest, index or runner cannot be written (the file system refused)"),
  INVALID_RESOURCE_MANIFEST(Group.RESOURCE_TEMPLATES, ERROR,
      "a @Resource manifest is not YAML, or not the object (or JSON patch) its action needs"),
  MISSING_RESOURCE_MANIFEST(Group.RESOURCE_TEMPLATES, ERROR, "a @Resource whose action needs a manifest gives none"),
  MERGE_STRATEGY_WITHOUT_PATCH(Group.RESOURCE_TEMPLATES, ERROR, "@Resource(mergeStrategy) on an action other than PATCH"),
  RESOURCE_WITH_COMMAND(Group.RESOURCE_TEMPLATES, ERROR, "a @Resource template also runs a command: a @Container, a @Call or an image of its own"),
  RESOURCE_OUTPUT_SOURCE(Group.RESOURCE_TEMPLATES, ERROR,
      "an @Output of a @Resource template gives not exactly one of jsonPath and jqFilter, or is a file"),
  OBJECT_OUTPUT_OFF_RESOURCE(Group.RESOURCE_TEMPLATES, ERROR, "@Output(jsonPath or jqFilter) on a template that is not a @Resource"),
  RESOURCE_RESULT(Group.RESOURCE_TEMPLATES, ERROR, "a step reads the result of a @Resource template, which has none");

  /** The rule groups, as the README sections the ids. */
  public enum Group {
    NAMES("Workflow and step names"),
    PARAMS("Workflow parameters"),
    SOURCES("Where a script's parameters come from"),
    REFERENCES("References between scripts"),
    FAN_OUT("Fan-out and fan-in"),
    TYPES("Types and methods"),
    TAGS("Template strings"),
    DEPENDS("Outcome conditions"),
    SEQUENCES("Sequences"),
    PODS("Pod settings"),
    SIDECARS("Sidecars and init containers"),
    DAEMONS("Daemons"),
    CONTAINER_SETS("Container sets"),
    RESOURCE_TEMPLATES("Resource templates"),
    ARTIFACTS("Files (artifacts)"),
    OUTPUTS("Named outputs"),
    CALLS("Calls of templates defined elsewhere"),
    TEMPLATES("Templates and the entrypoint"),
    CRON("CronWorkflows"),
    RESOURCES("Resources, durations and retries"),
    IMAGES("Images and container commands"),
    WORKFLOW("The workflow as a whole"),
    SECRETS("Secrets"),
    EXIT_HANDLER("The exit handler"),
    HOOKS("Hooks"),
    SUSPEND("Suspend templates"),
    HTTP("HTTP templates"),
    DATA("Data templates"),
    METRICS("Metrics"),
    PLACEMENT("Annotations in the wrong place"),
    PROCESSOR("The processor itself");

    private final String title;

    Group(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  private final Group group;
  private final Diagnostic.Kind kind;
  private final String meaning;

  MessageId(Group group, Diagnostic.Kind kind, String meaning) {
    this.group = group;
    this.kind = kind;
    this.meaning = meaning;
  }

  /** The id as printed, e.g. {@code UnknownScript}. */
  public String code() {
    StringBuilder code = new StringBuilder();
    for (String word : name().split("_")) {
      code.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return code.toString();
  }

  /** How the id leads a message: {@code [Jera/UnknownScript]}. */
  public String tag() {
    return "[Jera/" + code() + "]";
  }

  public Group group() {
    return group;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  /** What the diagnostic means, in a line, as the README's table says it. */
  public String meaning() {
    return meaning;
  }

  /** A message of this id. */
  public Message with(String text) {
    return new Message(this, text);
  }
}
