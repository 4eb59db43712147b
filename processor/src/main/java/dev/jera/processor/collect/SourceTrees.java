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
import com.sun.source.util.Trees;
import dev.jera.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What only the source tree tells, when the compiler is javac: where a repeated annotation was
 * written, and whether an annotation names a type that does not exist (javac leaves such annotations
 * out of the mirrors). Elsewhere (another compiler) it knows nothing and says so.
 */
public final class SourceTrees {
  private final Trees trees;

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

  /** The tree a site's locator points at, with its compilation unit. */
  public Optional<Located> locate(Site site) {
    if (trees == null || site.locator().isEmpty()) {
      return Optional.empty();
    }
    Site.Locator locator = site.locator().get();
    TreePath path = trees.getPath(site.element());
    Optional<ModifiersTree> modifiers = path == null ? Optional.empty() : modifiers(path.getLeaf());
    if (modifiers.isEmpty()) {
      return Optional.empty();
    }
    List<AnnotationTree> matching = new ArrayList<>();
    String simpleName = locator.annotation().substring(locator.annotation().lastIndexOf('.') + 1);
    for (AnnotationTree annotation : modifiers.get().getAnnotations()) {
      String written = annotation.getAnnotationType().toString();
      if (written.equals(simpleName) || written.equals(locator.annotation())) {
        matching.add(annotation);
      }
    }
    if (locator.occurrence() >= matching.size()) {
      return Optional.empty();
    }
    AnnotationTree annotation = matching.get(locator.occurrence());
    Tree target = locator.attribute() == null ? annotation : attribute(annotation, locator);
    return Optional.of(new Located(target, path.getCompilationUnit()));
  }

  /** A tree and the file it is in. */
  public record Located(Tree tree, CompilationUnitTree unit) {}

  public void print(javax.tools.Diagnostic.Kind kind, String message, Located located) {
    trees.printMessage(kind, message, located.tree(), located.unit());
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

  /** Whether a parameter carries an annotation whose type javac cannot resolve. */
  boolean hasUnresolvedAnnotation(VariableElement parameter) {
    if (trees == null || !(parameter.getEnclosingElement() instanceof ExecutableElement)) {
      return false;
    }
    TreePath methodPath = trees.getPath(parameter.getEnclosingElement());
    if (methodPath == null || !(methodPath.getLeaf() instanceof MethodTree)) {
      return false;
    }
    for (VariableTree variable : ((MethodTree) methodPath.getLeaf()).getParameters()) {
      if (!variable.getName().contentEquals(parameter.getSimpleName())) {
        continue;
      }
      TreePath variablePath = new TreePath(methodPath, variable);
      for (AnnotationTree annotation : variable.getModifiers().getAnnotations()) {
        TypeMirror type = trees.getTypeMirror(new TreePath(new TreePath(variablePath, annotation), annotation.getAnnotationType()));
        if (type == null || type.getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return false;
  }
}
