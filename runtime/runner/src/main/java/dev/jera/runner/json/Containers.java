package dev.jera.runner.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The collection classes a decoded value is built in, one per declared type: {@code List} gives an
 * {@code ArrayList}, {@code Set} a {@code LinkedHashSet} (so order survives), {@code SortedSet} a
 * {@code TreeSet}, and so on.
 */
public enum Containers {
  ARRAY_LIST,
  LINKED_LIST,
  ARRAY_DEQUE,
  LINKED_HASH_SET,
  HASH_SET,
  TREE_SET,
  LINKED_HASH_MAP,
  HASH_MAP,
  TREE_MAP;

  @SuppressWarnings("unchecked")
  <C extends Collection<?>> Supplier<C> collection() {
    return new Supplier<C>() {
      @Override
      public C get() {
        switch (Containers.this) {
          case ARRAY_LIST:
            return (C) new ArrayList<>();
          case LINKED_LIST:
            return (C) new LinkedList<>();
          case ARRAY_DEQUE:
            return (C) new ArrayDeque<>();
          case LINKED_HASH_SET:
            return (C) new LinkedHashSet<>();
          case HASH_SET:
            return (C) new HashSet<>();
          case TREE_SET:
            return (C) new TreeSet<>();
          default:
            throw new IllegalStateException(Containers.this + " is not a collection");
        }
      }
    };
  }

  @SuppressWarnings("unchecked")
  <M extends Map<?, ?>> Supplier<M> map() {
    return new Supplier<M>() {
      @Override
      public M get() {
        switch (Containers.this) {
          case LINKED_HASH_MAP:
            return (M) new LinkedHashMap<>();
          case HASH_MAP:
            return (M) new HashMap<>();
          case TREE_MAP:
            return (M) new TreeMap<>();
          default:
            throw new IllegalStateException(Containers.this + " is not a map");
        }
      }
    };
  }
}
