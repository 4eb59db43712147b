package dev.jera.local.console;

import java.util.ArrayList;
import java.util.List;

/** Rows of text in left-aligned columns, two spaces apart; the last column is not padded. */
public final class TextTable {
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with the columns {@code header}. */
  public TextTable(String... header) {
    rows.add(List.of(header));
  }

  /** Adds a row of {@code cells}, one per column. */
  public TextTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  /** Whether it has no rows but the header. */
  public boolean isEmpty() {
    return rows.size() == 1;
  }

  @Override
  public String toString() {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row.get(i));
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }
}
