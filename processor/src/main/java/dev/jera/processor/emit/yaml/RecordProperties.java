package dev.jera.processor.emit.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The properties of a record as Jackson would write them, read from the same annotations Jackson
 * reads: a component's name, or its {@code @JsonProperty} name; those {@code @JsonPropertyOrder} names
 * first, in that order, then the rest in declaration order; a {@code null} left out when the record is
 * {@code @JsonInclude(NON_NULL)} or {@code omitNulls} is asked for. Jera's records declare no getters
 * of their own, so the components are all there is.
 *
 * <p>This is what the writers walk instead of Jackson's databind, whose serializers cost a compilation
 * more time to load and set up than writing the manifests does.
 */
public final class RecordProperties {
  private static final ClassValue<List<Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private RecordProperties() {}

  /**
   * Calls {@code each} with the name and value of every property of {@code record} to write, in order.
   *
   * @param omitNulls leave out {@code null} values even where the record does not say so
   */
  public static void forEach(Record record, boolean omitNulls, BiConsumer<String, Object> each) {
    for (Property property : PROPERTIES.get(record.getClass())) {
      Object value = property.value(record);
      if (value != null || !(omitNulls || property.omitNull)) {
        each.accept(property.name, value);
      }
    }
  }

  private static List<Property> properties(Class<?> type) {
    JsonInclude include = type.getAnnotation(JsonInclude.class);
    boolean omitNull = include != null && include.value() == JsonInclude.Include.NON_NULL;
    List<Property> declared = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true); // records nested in non-public classes
      JsonProperty renamed = accessor.getAnnotation(JsonProperty.class);
      String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
      declared.add(new Property(name, accessor, omitNull));
    }
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order == null) {
      return List.copyOf(declared);
    }
    List<Property> ordered = new ArrayList<>();
    for (String name : order.value()) {
      declared.stream().filter(p -> p.name.equals(name) || p.accessor.getName().equals(name)).findFirst().ifPresent(p -> {
        declared.remove(p);
        ordered.add(p);
      });
    }
    ordered.addAll(declared);
    return List.copyOf(ordered);
  }

  private static final class Property {
    final String name;
    final Method accessor;
    final boolean omitNull;

    Property(String name, Method accessor, boolean omitNull) {
      this.name = name;
      this.accessor = accessor;
      this.omitNull = omitNull;
    }

    Object value(Record record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }
}
