package dev.jera.processor;

import com.google.auto.service.AutoService;
import dev.jera.processor.collect.SourceTrees;
import dev.jera.processor.collect.StrayAnnotations;
import dev.jera.processor.collect.WorkflowCollector;
import dev.jera.processor.diagnostic.Diagnostics;
import dev.jera.processor.diagnostic.Message;
import dev.jera.processor.diagnostic.ProcessorMessages;
import dev.jera.processor.emit.IndexEntries;
import dev.jera.processor.emit.ManifestBuilder;
import dev.jera.processor.emit.ManifestWriter;
import dev.jera.processor.emit.RunnerWriter;
import dev.jera.processor.model.Options;
import dev.jera.processor.model.Site;
import dev.jera.processor.model.ScriptModel;
import dev.jera.processor.model.WorkflowModel;
import dev.jera.processor.resolve.CallResolver;
import dev.jera.processor.resolve.ClasspathIndex;
import dev.jera.processor.resolve.Registry;
import dev.jera.processor.validate.Context;
import dev.jera.processor.validate.OptionsCheck;
import dev.jera.processor.validate.TemplateLimit;
import dev.jera.processor.validate.Validator;
import dev.jera.processor.wiring.StepLookup;
import dev.jera.processor.wiring.Wiring;
import dev.jera.processor.wiring.WorkflowGraph;
import dev.jera.runner.index.WorkflowIndex;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Compiles {@code @Workflow} classes into Argo manifests and runners. It only wires the pipeline:
 * collect (elements to model), resolve (calls to what they name), validate (model to diagnostics),
 * emit (a valid model to files).
 *
 * <p>A class whose signatures mention types javac has not resolved waits for a later round; if they
 * never resolve, javac's own error stands alone. The index of every workflow compiled is written
 * once, when processing is over (so the processor is aggregating, for Gradle).
 *
 * <p>Runners are class files written in the round their workflow is processed (or, as source, created
 * then and written in the last round), so that they start no round of their own: javac enters every class
 * of the compilation again for each round (see {@link RunnerFiles}).
 */
@AutoService(Processor.class)
public final class JeraProcessor extends AbstractProcessor {
  private Options options;
  private SourceTrees trees;
  private Reporter reporter;
  private WorkflowCollector collector;
  private StrayAnnotations strays;
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Registry registry = new Registry();
  private CallResolver resolver;
  private final List<WorkflowIndex.Workflow> indexed = new ArrayList<>();
  private final List<Element> emittedFrom = new ArrayList<>();
  private RunnerFiles runners;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    options = Options.from(environment.getOptions());
    trees = SourceTrees.of(environment);
    reporter = new Reporter(environment.getMessager(), trees);
    for (Message problem : OptionsCheck.check(environment.getOptions())) {
      reporter.print(problem);
    }
    collector = new WorkflowCollector(environment.getTypeUtils(), options, trees);
    strays = new StrayAnnotations(environment.getElementUtils());
    runners = new RunnerFiles(environment.getFiler(), reporter, options.runnerSource());
    resolver = new CallResolver(this::collectByName, registry, new ClasspathIndex(environment.getFiler()));
  }

  /**
   * Every round, even one without Jera's annotations: javac otherwise warns that {@code -Ajera.*}
   * options were not recognized in a compilation that has no workflow.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  /**
   * Returned as a set rather than declared with {@code @SupportedOptions}: reading that annotation by
   * reflection has the JVM generate proxy classes for it and its meta-annotations in every compilation.
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        Options.IMAGE, Options.APP_VERSION, Options.LEGACY_VERSION, Options.CLASSPATH, Options.JAVA_OPTIONS,
        Options.RUN_AS_USER, Options.RUNNERS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    trees.newRound();
    registry.newRound();
    reporter.print(strays.check(round));
    runners.compiling(round);
    // Collect every class of the round first, so a call resolves whatever order the classes come in.
    Map<TypeElement, WorkflowModel> collected = new LinkedHashMap<>();
    for (TypeElement type : candidates(round)) {
      guarded(type, () -> {
        if (overTemplateLimit(type)) {
          return;
        }
        Optional<WorkflowModel> model = collector.collect(type);
        if (model.isEmpty()) {
          deferred.add(type.getQualifiedName().toString());
        } else {
          collected.put(type, model.get());
          registry.add(model.get());
        }
      });
    }
    for (Map.Entry<TypeElement, WorkflowModel> entry : collected.entrySet()) {
      guarded(entry.getKey(), () -> process(entry.getKey(), resolver.resolve(entry.getValue())));
    }
    if (round.processingOver()) {
      runners.writeAll();
      if (!indexed.isEmpty()) {
        writeIndex();
      }
    }
    return false;
  }

  /** A class on the class path (or of this compilation), as the model of a workflow or library. */
  private Optional<WorkflowModel> collectByName(String className) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(className);
    return type == null ? Optional.empty() : collector.collect(type);
  }

  /** Whether a workflow class has more scripts than Argo takes; if so it gets that one error and nothing else. */
  private boolean overTemplateLimit(TypeElement type) {
    Optional<Site> workflow = WorkflowCollector.workflowSite(type);
    if (workflow.isEmpty()) {
      return false;
    }
    Diagnostics diagnostics = TemplateLimit.check(workflow.get(), WorkflowCollector.templateCount(type));
    reporter.print(diagnostics);
    return diagnostics.hasErrors();
  }

  /** How many times source trees were walked to find elements (for tests: one per top-level class per round). */
  int sourceWalks() {
    return trees.walks();
  }

  /** The workflow classes of this round, and those that waited for it. */
  private List<TypeElement> candidates(RoundEnvironment round) {
    List<TypeElement> candidates = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        candidates.add(type);
      }
    }
    deferred.clear();
    for (String annotation : List.of(WorkflowCollector.WORKFLOW, WorkflowCollector.LIBRARY)) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(annotation);
      if (type == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(type)) {
        if (element instanceof TypeElement && !candidates.contains(element)) {
          candidates.add((TypeElement) element);
        }
      }
    }
    return candidates;
  }

  /** Never a stack trace: one error on the class, and the rest of the compilation goes on. */
  private void guarded(TypeElement type, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError e) {
      reporter.print(ProcessorMessages.internalError(type.getQualifiedName().toString(), String.valueOf(e)), type);
    }
  }

  private void process(TypeElement type, WorkflowModel workflow) {
    WorkflowGraph graph = Wiring.of(workflow);
    Diagnostics diagnostics = Validator.validate(new Context(workflow, graph, new StepLookup(workflow), options, registry));
    for (WorkflowModel nested : workflow.graphs()) {
      Validator.validateGraph(new Context(nested, Wiring.of(nested), new StepLookup(nested), options, registry, workflow), diagnostics);
    }
    reporter.print(diagnostics);
    if (diagnostics.hasErrors()) {
      return;
    }
    emit(type, workflow, graph);
  }

  private void emit(TypeElement type, WorkflowModel workflow, WorkflowGraph graph) {
    Filer filer = processingEnv.getFiler();
    try {
      if (workflow.library()) {
        // A library has no manifest of its own: the workflows that call it hold its templates.
        runners.create(workflow, type);
        return;
      }
      String file = registry.fileName(workflow);
      WorkflowIndex.Workflow entry = IndexEntries.entry(workflow, graph, file);
      String yaml =
          ManifestWriter.yaml(new ManifestBuilder(workflow, graph, options).build(), workflow.className().canonicalName());
      write(filer, IndexEntries.manifestPath(file), yaml, type);
      write(filer, ClasspathIndex.entryPath(file), IndexEntries.entryJson(entry), type);
      if (workflow.runs().isEmpty()) {
        runners.create(workflow, type);
      }
      for (WorkflowModel nested : workflow.graphs()) {
        // A nested graph's steps run through a runner of their own class.
        if (nested.scripts().stream().anyMatch(ScriptModel::runsJava)) {
          runners.create(nested, type);
        }
      }
      indexed.add(entry);
      emittedFrom.add(type);
    } catch (IOException e) {
      reporter.print(workflow.site(), writeProblem(workflow, e));
    }
  }

  /**
   * Why the files could not be written. Where a class of the compilation has the runner's name, each
   * compiler words its refusal its own way: the message is Jera's, the same under javac and ecj.
   */
  private Message writeProblem(WorkflowModel workflow, IOException e) {
    String runner = workflow.runnerName().canonicalName();
    TypeElement taken = e instanceof FilerException ? processingEnv.getElementUtils().getTypeElement(runner) : null;
    if (taken != null) {
      return RunnerWriter.wrote(taken)
          ? ProcessorMessages.staleRunnerSource(workflow.simpleName(), runner)
          : ProcessorMessages.runnerNameTaken(workflow.simpleName(), runner);
    }
    return ProcessorMessages.cannotWrite("the files of " + workflow.simpleName(), e.getMessage());
  }

  private void writeIndex() {
    try {
      write(processingEnv.getFiler(), WorkflowIndex.RESOURCE, IndexEntries.json(Options.given(processingEnv.getOptions()), indexed), emittedFrom.toArray(new Element[0]));
    } catch (IOException e) {
      reporter.print(ProcessorMessages.cannotWrite(WorkflowIndex.RESOURCE, e.getMessage()));
    }
  }

  /**
   * A manifest or index file, in UTF-8 whatever {@code -encoding} the compilation has: the Filer's writer
   * would encode it as the sources are, and Kubernetes, Argo and Jera's runtime all read UTF-8.
   */
  private static void write(Filer filer, String path, String content, Element... originating) throws IOException {
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
    try (OutputStream out = file.openOutputStream()) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
