package dev.jera.processor.collect;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What only the source tree tells, when the compiler is javac: where an element, an annotation and an
 * attribute were written, and whether an annotation names a type that does not exist (javac leaves
 * such annotations out of the mirrors). Elsewhere (another compiler) it knows nothing and says so.
 *
 * <p>Finding an element's tree through javac ({@code Trees.getPath(Element)}, or a {@code Messager}
 * report on an element) scans its class from the top each time, so doing it per parameter or per
 * report costs time quadratic in the size of a class. Instead each top-level class is walked once per
 * round, recording where its classes, methods and parameters are; every lookup is then a map read.
 */
public final class SourceTrees {
  private final Trees trees;
  /** The declarations of the classes walked this round, by element. */
  private final Map<Element, TreePath> declarations = new HashMap<>();
  private final Set<Element> walked = new HashSet<>();
  private int walks;

  private SourceTrees(Trees trees) {
    this.trees = trees;
  }

  public static SourceTrees of(ProcessingEnvironment environment) {
    try {
      return new SourceTrees(Trees.instance(environment));
    } catch (RuntimeException | LinkageError e) {
      return new SourceTrees(null);
    }
  }

  /** Forgets what earlier rounds found: javac may give a new round new elements for the same source. */
  public void newRound() {
    declarations.clear();
    walked.clear();
  }

  /** How many times a compilation unit was walked to find declarations: one per top-level class per round. */
  public int walks() {
    return walks;
  }

  /** The tree a site points at (the attribute's value, the annotation, or the element), with its compilation unit. */
  public Optional<Located> locate(Site site) {
    if (trees == null) {
      return Optional.empty();
    }
    Optional<TreePath> path = declaration(site.element());
    Optional<ModifiersTree> modifiers = path.flatMap(p -> modifiers(p.getLeaf()));
    if (modifiers.isEmpty()) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.get().getCompilationUnit();
    if (site.locator().isPresent()) {
      return byLocator(modifiers.get(), site.locator().get()).map(tree -> new Located(tree, unit));
    }
    if (site.annotation().isEmpty()) {
      return Optional.of(new Located(path.get().getLeaf(), unit));
    }
    AnnotationMirror mirror = site.annotation().get();
    Optional<AnnotationTree> annotation = written(path.get(), modifiers.get(), mirror);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    if (site.value().isEmpty()) {
      return Optional.of(new Located(annotation.get(), unit));
    }
    return attributeOf(mirror, site.value().get())
        .map(attribute -> new Located(attribute(annotation.get(), attribute), unit));
  }

  /** A tree and the file it is in. */
  public record Located(Tree tree, CompilationUnitTree unit) {}

  public void print(javax.tools.Diagnostic.Kind kind, String message, Located located) {
    trees.printMessage(kind, message, located.tree(), located.unit());
  }

  /** Whether a parameter carries an annotation whose type javac cannot resolve. */
  boolean hasUnresolvedAnnotation(VariableElement parameter) {
    if (trees == null || !(parameter.getEnclosingElement() instanceof ExecutableElement)) {
      return false;
    }
    Optional<TreePath> path = declaration(parameter);
    if (path.isEmpty() || !(path.get().getLeaf() instanceof VariableTree)) {
      return false;
    }
    for (AnnotationTree annotation : ((VariableTree) path.get().getLeaf()).getModifiers().getAnnotations()) {
      TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(path.get(), annotation), annotation.getAnnotationType()));
      if (type == null || type.getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** Where a class, method or parameter was declared in this compilation's sources. */
  private Optional<TreePath> declaration(Element element) {
    Element outermost = outermostClass(element);
    if (outermost == null) {
      return Optional.empty();
    }
    if (walked.add(outermost)) {
      walk(outermost);
    }
    return Optional.ofNullable(declarations.get(element));
  }

  private static Element outermostClass(Element element) {
    Element outermost = null;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement) {
        outermost = e;
      }
    }
    return outermost;
  }

  /** Records the class, method and parameter declarations of a top-level class; method bodies are skipped. */
  private void walk(Element type) {
    TreePath root = trees.getPath(type);
    if (root == null) {
      return; // Not from source, e.g. a class file on the class path.
    }
    walks++;
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        record(getCurrentPath());
        return super.visitClass(tree, unused);
      }

      @Override
      public Void visitMethod(MethodTree tree, Void unused) {
        record(getCurrentPath());
        for (VariableTree parameter : tree.getParameters()) {
          record(new TreePath(getCurrentPath(), parameter));
        }
        return null;
      }

      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        return null; // Fields and their initializers hold nothing Jera reports at.
      }
    }.scan(root, null);
  }

  private void record(TreePath path) {
    Element element = trees.getElement(path);
    if (element != null) {
      declarations.put(element, path);
    }
  }

  /** The annotation written for {@code mirror}: the one whose type is the mirror's. */
  private Optional<AnnotationTree> written(TreePath declaration, ModifiersTree modifiers, AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    TreePath modifiersPath = new TreePath(declaration, modifiers);
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath typePath = new TreePath(new TreePath(modifiersPath, annotation), annotation.getAnnotationType());
      if (type.equals(trees.getElement(typePath))) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** Which attribute of {@code mirror}, and which element of it for an array, holds {@code value}. */
  private static Optional<Site.Locator> attributeOf(AnnotationMirror mirror, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      String name = entry.getKey().getSimpleName().toString();
      if (entry.getValue() == value) {
        return Optional.of(new Site.Locator("", 0, name, -1));
      }
      if (entry.getValue().getValue() instanceof List) {
        List<?> elements = (List<?>) entry.getValue().getValue();
        for (int i = 0; i < elements.size(); i++) {
          if (elements.get(i) == value) {
            return Optional.of(new Site.Locator("", 0, name, i));
          }
        }
      }
    }
    // A default value is written nowhere: the annotation stands for it.
    return Optional.of(new Site.Locator("", 0, "", -1));
  }

  private static Optional<Tree> byLocator(ModifiersTree modifiers, Site.Locator locator) {
    List<AnnotationTree> matching = new ArrayList<>();
    String simpleName = locator.annotation().substring(locator.annotation().lastIndexOf('.') + 1);
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      String written = annotation.getAnnotationType().toString();
      if (written.equals(simpleName) || written.equals(locator.annotation())) {
        matching.add(annotation);
      }
    }
    if (locator.occurrence() >= matching.size()) {
      return Optional.empty();
    }
    AnnotationTree annotation = matching.get(locator.occurrence());
    return Optional.of(locator.attribute() == null ? annotation : attribute(annotation, locator));
  }

  private static Tree attribute(AnnotationTree annotation, Site.Locator locator) {
    for (ExpressionTree argument : annotation.getArguments()) {
      ExpressionTree value = null;
      if (argument instanceof AssignmentTree) {
        AssignmentTree assignment = (AssignmentTree) argument;
        if (assignment.getVariable() instanceof IdentifierTree
            && ((IdentifierTree) assignment.getVariable()).getName().contentEquals(locator.attribute())) {
          value = assignment.getExpression();
        }
      } else if (locator.attribute().equals("value")) {
        value = argument;
      }
      if (value != null) {
        if (locator.index() >= 0 && value instanceof NewArrayTree) {
          List<? extends ExpressionTree> elements = ((NewArrayTree) value).getInitializers();
          if (elements != null && locator.index() < elements.size()) {
            return elements.get(locator.index());
          }
        }
        return value;
      }
    }
    return annotation;
  }

  private static Optional<ModifiersTree> modifiers(Tree tree) {
    if (tree instanceof ClassTree) {
      return Optional.of(((ClassTree) tree).getModifiers());
    }
    if (tree instanceof MethodTree) {
      return Optional.of(((MethodTree) tree).getModifiers());
    }
    if (tree instanceof VariableTree) {
      return Optional.of(((VariableTree) tree).getModifiers());
    }
    return Optional.empty();
  }
}
