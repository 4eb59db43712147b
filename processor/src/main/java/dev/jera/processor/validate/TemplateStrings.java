package dev.jera.processor.validate;

import dev.jera.argo.TemplateText;
import dev.jera.processor.model.InputModel;
import dev.jera.processor.model.InputSource;
import dev.jera.processor.model.KeyValue;
import dev.jera.processor.model.MetricModel;
import dev.jera.processor.model.ParamModel;
import dev.jera.processor.model.Parsed;
import dev.jera.processor.model.PodSettings;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.SidecarModel;
import dev.jera.processor.model.Text;
import dev.jera.processor.model.WorkflowModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every string of a workflow that Argo substitutes {@code {{…}}} in, with the scope it is resolved in. */
final class TemplateStrings {
  private TemplateStrings() {}

  /** Where Argo resolves a string, which decides what its tags may name. */
  enum Place {
    /** A step's arguments and {@code when}, inside the DAG or steps template. */
    STEP,
    /** The exit handler's inputs: the workflow's globals and outcome. */
    EXIT_HANDLER,
    /** A field of a script's own template, such as its image. */
    TEMPLATE,
    /** The workflow's own arguments and literal items: globals only. */
    GLOBAL
  }

  /** A string, where it is resolved, the script it belongs to, and how a message names it. */
  record Placed(Text text, Place place, Optional<ScriptModel> script, String where) {}

  static List<Placed> all(WorkflowModel workflow, Optional<ScriptModel> exitHandler) {
    List<Placed> strings = new ArrayList<>();
    workflow.image().ifPresent(image -> strings.add(new Placed(image, Place.GLOBAL, Optional.empty(), "@Workflow(image)")));
    for (PodSettings.EnvModel env : workflow.settings().env()) {
      env.value().ifPresent(value -> strings.add(new Placed(value, Place.GLOBAL, Optional.empty(), "@Env " + env.name().value() + " of the workflow")));
    }
    pod(workflow.settings(), Place.GLOBAL, Optional.empty(), "the workflow", strings);
    workflow.graphSettings().target().ifPresent(target ->
        strings.add(new Placed(target, Place.GLOBAL, Optional.empty(), "@Graph(target)")));
    // A nested graph's key is resolved with the graph's inputs, as its steps' values are.
    workflow.graphSettings().memoize().ifPresent(memoize -> strings.add(new Placed(memoize.key(),
        workflow.nested() ? Place.STEP : Place.GLOBAL, Optional.empty(), "the @Memoize key of " + workflow.simpleName())));
    for (ParamModel param : workflow.params()) {
      String name = "workflow parameter '" + param.name().value() + "'";
      param.defaultValue().ifPresent(value -> strings.add(new Placed(value, Place.GLOBAL, Optional.empty(), "the default of " + name)));
      for (Text allowed : param.allowed()) {
        strings.add(new Placed(allowed, Place.GLOBAL, Optional.empty(), "an allowed value of " + name));
      }
    }
    for (ScriptModel script : workflow.pods()) {
      // A workflow's own hook runs, as the exit handler does, outside the graph: globals and the outcome only.
      boolean exit = exitHandler.isPresent() && exitHandler.get() == script
          || script.hook().filter(dev.jera.processor.model.HookModel::ofWorkflow).isPresent();
      Optional<ScriptModel> owner = Optional.of(script);
      String method = script.methodName() + "()";
      script.image().ifPresent(image -> strings.add(new Placed(image, Place.TEMPLATE, owner, "the image of " + method)));
      for (Parsed<KeyValue> annotation : script.annotations()) {
        annotation.result().ifPresent(pair -> strings.add(
            new Placed(new Text(pair.value(), annotation.site()), Place.TEMPLATE, owner, "the annotation " + pair.key() + " of " + method)));
      }
      script.container().ifPresent(container -> {
        strings.add(new Placed(container.image(), Place.TEMPLATE, owner, "the image of " + method));
        for (Text part : container.command()) {
          strings.add(new Placed(part, Place.TEMPLATE, owner, "the command of " + method));
        }
        for (Text part : container.args()) {
          strings.add(new Placed(part, Place.TEMPLATE, owner, "the args of " + method));
        }
      });
      script.resource().ifPresent(resource -> {
        strings.add(new Placed(resource.manifest(), Place.TEMPLATE, owner, "the manifest of " + method));
        for (Text flag : resource.flags()) {
          strings.add(new Placed(flag, Place.TEMPLATE, owner, "the flags of " + method));
        }
        resource.successCondition().ifPresent(text -> strings.add(new Placed(text, Place.TEMPLATE, owner, "the successCondition of " + method)));
        resource.failureCondition().ifPresent(text -> strings.add(new Placed(text, Place.TEMPLATE, owner, "the failureCondition of " + method)));
      });
      List<SidecarModel> extra = new ArrayList<>(script.initContainers());
      extra.addAll(script.sidecars());
      for (SidecarModel container : extra) {
        String which = container.kind().noun() + " '" + container.name().value() + "' of " + method;
        strings.add(new Placed(container.image(), Place.TEMPLATE, owner, "the image of " + which));
        for (Text part : container.command()) {
          strings.add(new Placed(part, Place.TEMPLATE, owner, "the command of " + which));
        }
        for (Text part : container.args()) {
          strings.add(new Placed(part, Place.TEMPLATE, owner, "the args of " + which));
        }
        for (Text entry : container.env()) {
          strings.add(new Placed(entry, Place.TEMPLATE, owner, "the env of " + which));
        }
      }
      script.http().ifPresent(http -> {
        strings.add(new Placed(http.url(), Place.TEMPLATE, owner, "the @HttpRequest URL of " + method));
        http.method().ifPresent(text -> strings.add(new Placed(text, Place.TEMPLATE, owner, "the @HttpRequest method of " + method)));
        for (Text header : http.headers()) {
          strings.add(new Placed(header, Place.TEMPLATE, owner, "an @HttpRequest header of " + method));
        }
        http.body().ifPresent(text -> strings.add(new Placed(text, Place.TEMPLATE, owner, "the @HttpRequest body of " + method)));
        http.successCondition().ifPresent(text -> strings.add(new Placed(text, Place.TEMPLATE, owner, "the successCondition of " + method)));
      });
      script.memoize().ifPresent(memoize -> strings.add(new Placed(memoize.key(), Place.TEMPLATE, owner, "the @Memoize key of " + method)));
      script.suspend().flatMap(suspend -> suspend.duration())
          .ifPresent(duration -> strings.add(new Placed(duration, Place.TEMPLATE, owner, "the @Suspend duration of " + method)));
      for (PodSettings.EnvModel env : script.settings().env()) {
        env.value().ifPresent(value -> strings.add(new Placed(value, Place.TEMPLATE, owner, "@Env " + env.name().value() + " of " + method)));
      }
      pod(script.settings(), Place.TEMPLATE, owner, method, strings);
      script.when().ifPresent(when -> strings.add(new Placed(when, exit ? Place.EXIT_HANDLER : Place.STEP, owner, "when of " + method)));
      dev.jera.processor.model.ForEachTag.of(script).ifPresent(forEach ->
          strings.add(new Placed(forEach, exit ? Place.EXIT_HANDLER : Place.STEP, owner, "forEach of " + method)));
      for (Text item : script.items()) {
        strings.add(new Placed(item, Place.GLOBAL, owner, "an item of " + method));
      }
      script.sequence().ifPresent(sequence -> {
        Place place = exit ? Place.EXIT_HANDLER : Place.STEP;
        for (Optional<Text> bound : java.util.List.of(sequence.count(), sequence.start(), sequence.end())) {
          bound.ifPresent(text -> strings.add(new Placed(text, place, Optional.empty(), "the @Sequence of " + method)));
        }
      });
      List<InputSource.External> outputLocations = new java.util.ArrayList<>(script.outputLocations());
      script.outputs().forEach(output -> output.location().ifPresent(outputLocations::add));
      for (InputSource.External location : outputLocations) {
        // An output's key or URL: Argo substitutes it in the step's template too.
        String annotation = "@" + location.store().annotation();
        new java.util.TreeMap<>(location.attributes()).forEach((attribute, text) -> {
          if (!attribute.endsWith("Secret")) {
            strings.add(new Placed(text, Place.TEMPLATE, owner, annotation + "(" + attribute + ") of the file " + method + " returns"));
          }
        });
        new java.util.TreeMap<>(location.lists()).forEach((attribute, texts) -> {
          for (Text text : texts) {
            strings.add(new Placed(text, Place.TEMPLATE, owner, annotation + "(" + attribute + ") of the file " + method + " returns"));
          }
        });
      }
      for (InputModel input : script.inputs()) {
        for (InputSource source : input.sources()) {
          if (source instanceof InputSource.External) {
            // A Git revision, an S3 key, an HTTP URL or header: Argo substitutes them in the step's template.
            // A call's is an argument of the step, substituted where the step is (its item, other steps).
            InputSource.External external = (InputSource.External) source;
            String annotation = "@" + external.store().annotation();
            Place where = script.isCall() ? (exit ? Place.EXIT_HANDLER : Place.STEP) : Place.TEMPLATE;
            new java.util.TreeMap<>(external.attributes()).forEach((attribute, text) -> {
              if (!attribute.endsWith("Secret")) {
                strings.add(new Placed(text, where, owner,
                    annotation + "(" + attribute + ") of parameter '" + input.name() + "' of " + method));
              }
            });
            new java.util.TreeMap<>(external.lists()).forEach((attribute, texts) -> {
              for (Text text : texts) {
                strings.add(new Placed(text, where, owner,
                    annotation + "(" + attribute + ") of parameter '" + input.name() + "' of " + method));
              }
            });
          }
          if (source instanceof InputSource.Value) {
            strings.add(
                new Placed(
                    ((InputSource.Value) source).template(),
                    // A @Template's fixed input value is resolved in the template, a step's in the graph.
                    exit ? Place.EXIT_HANDLER : workflow.templates().contains(script) ? Place.TEMPLATE : Place.STEP,
                    owner,
                    "@Value of parameter '" + input.name() + "' of " + method));
          }
        }
      }
    }
    return strings;
  }

  /** The pod settings Argo substitutes tags in: node selector values, pod labels and annotations, the spec patch, sub-paths. */
  private static void pod(PodSettings settings, Place place, Optional<ScriptModel> owner, String of, List<Placed> strings) {
    settings.placement().ifPresent(pod -> {
      for (Parsed<KeyValue> label : pod.nodeSelector()) {
        label.result().ifPresent(pair -> strings.add(new Placed(new Text(pair.value(), label.site()), place, owner, "the node selector '" + pair.key() + "' of " + of)));
      }
      for (Parsed<KeyValue> label : pod.labels()) {
        label.result().ifPresent(pair -> strings.add(new Placed(new Text(pair.value(), label.site()), place, owner, "the pod label '" + pair.key() + "' of " + of)));
      }
      for (Parsed<KeyValue> annotation : pod.annotations()) {
        annotation.result().ifPresent(pair -> strings.add(new Placed(new Text(pair.value(), annotation.site()), place, owner, "the pod annotation '" + pair.key() + "' of " + of)));
      }
      pod.specPatch().ifPresent(patch -> strings.add(new Placed(patch, place, owner, "@Pod(specPatch) of " + of)));
    });
    settings.sync().ifPresent(sync -> sync.mutexes().forEach(
        mutex -> strings.add(new Placed(mutex, place, owner, "the mutex of " + of))));
    for (PodSettings.VolumeModel volume : settings.volumes()) {
      volume.subPath().ifPresent(subPath -> strings.add(new Placed(subPath, place, owner, "the subPath of volume '" + volume.name().value() + "' of " + of)));
    }
  }

  /** The strings of every {@code @Metric} of the class: its own (the workflow's and its graph's) and its templates'. */
  private static List<Text> metricTexts(WorkflowModel workflow) {
    List<MetricModel> metrics = new ArrayList<>(workflow.metrics());
    workflow.pods().forEach(script -> metrics.addAll(script.metrics()));
    List<Text> texts = new ArrayList<>();
    for (MetricModel metric : metrics) {
      texts.add(metric.value());
      metric.when().ifPresent(texts::add);
      metric.labels().forEach(label -> label.result().ifPresent(pair -> texts.add(new Text(pair.value(), label.site()))));
    }
    return texts;
  }

  private static final Pattern PARAMETER_IN_EXPRESSION =
      Pattern.compile("workflow\\.parameters(?:\\.(?!json(?![-A-Za-z0-9_]))([-A-Za-z0-9_]+)|\\[\\s*['\"]([^'\"]+)['\"]\\s*\\])");

  private static final Pattern INPUT_IN_EXPRESSION =
      Pattern.compile("inputs\\.parameters(?:\\.([-A-Za-z0-9_]+)|\\[\\s*['\"]([^'\"]+)['\"]\\s*\\])");

  /** The workflow parameters one tag names: {@code workflow.parameters.x} or {@code workflow.parameters['x']}. */
  static List<String> parametersIn(TemplateText.Tag tag) {
    return parametersIn(tag.name());
  }

  /** The workflow parameters an expression names, as {@link #parametersIn(TemplateText.Tag)}. */
  static List<String> parametersIn(String expression) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAMETER_IN_EXPRESSION.matcher(expression);
    while (matcher.find()) {
      names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
    return names;
  }

  /** The workflow parameters that tags name, in simple and expression tags alike. */
  static Set<String> workflowParametersMentioned(WorkflowModel workflow) {
    return mentioned(workflow, PARAMETER_IN_EXPRESSION);
  }

  /** The inputs of a nested graph that its steps' tags name ({@code inputs.parameters.x}). */
  static Set<String> inputParametersMentioned(WorkflowModel graph) {
    return mentioned(graph, INPUT_IN_EXPRESSION);
  }

  private static Set<String> mentioned(WorkflowModel workflow, Pattern pattern) {
    Set<String> names = new LinkedHashSet<>();
    List<Text> texts = new ArrayList<>();
    all(workflow, Optional.empty()).forEach(placed -> texts.add(placed.text()));
    // A metric's strings read parameters too; MetricRule checks them in the metric's own scope.
    texts.addAll(metricTexts(workflow));
    for (Text string : texts) {
      TemplateText text;
      try {
        text = TemplateText.parse(string.value());
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (TemplateText.Tag tag : text.tags()) {
        Matcher matcher = pattern.matcher(tag.name());
        while (matcher.find()) {
          names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
      }
    }
    return names;
  }
}
