package org.clipsearch.core.label.train;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An annotation file: what people say the images of a collection show, for one or more label sets.
 *
 * <pre>
 * path,set,primary,secondary,tier
 * img/00001.jpg,scene,haven,,
 * img/00001.jpg,motif,Hug|Kiss,Brawl,canonical
 * img/00002.jpg,motif,,,
 * img/00003.jpg,motif,Line,,red-flag|canonical
 * </pre>
 *
 * <ul>
 *   <li>{@code path}: the image, relative to the file's folder (or absolute);</li>
 *   <li>{@code set}: the label set the row annotates ({@code scene}, {@code motif}, ...);</li>
 *   <li>{@code primary}, {@code secondary}: labels separated by {@code |}; a multi-label set may leave both empty (the
 *       image shows none of its labels);</li>
 *   <li>{@code tier}: {@code canonical}, {@code standard} or {@code red-flag} (blank is standard): one for the image,
 *       or one per primary label, {@code |}-separated in the same order; the image takes the highest.</li>
 * </ul>
 */
public final class AnnotationsCsv {

  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of("path", "set", "primary", "secondary", "tier");
  /** Separates labels within a cell. */
  public static final String SEPARATOR = "|";

  private AnnotationsCsv() {
  }

  /**
   * The annotations of label set {@code set}, in file order.
   *
   * @throws IllegalArgumentException naming the file and line when a row is malformed, or naming the sets the file
   *                                  has when it has no row for {@code set}
   */
  public static List<Annotation> read(Path file, String set) throws IOException {
    Path base = file.toAbsolutePath().getParent();
    var result = new ArrayList<Annotation>();
    var sets = new TreeSet<String>();
    var mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      int line = 1;
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String where = file + " line " + ++line;
        for (String column : List.of("path", "set", "primary")) {
          if (!row.containsKey(column)) {
            throw new IllegalArgumentException(file + ": the header must name the columns " + COLUMNS
                + "; column '" + column + "' is missing");
          }
        }
        String rowSet = row.get("set");
        sets.add(rowSet);
        if (rowSet.equals(set)) {
          result.add(annotation(base, row, where));
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not a readable CSV: " + e.getOriginalMessage(), e);
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException(file + " has no annotations for label set '" + set + "'; its sets are "
          + sets);
    }
    return List.copyOf(result);
  }

  private static Annotation annotation(Path base, Map<String, String> row, String where) {
    String path = row.get("path");
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException(where + ": the path is empty");
    }
    List<String> primary = labels(row.get("primary"));
    List<String> secondary = labels(row.getOrDefault("secondary", ""));
    List<String> tiers = labels(row.getOrDefault("tier", ""));
    if (tiers.size() > 1 && tiers.size() != primary.size()) {
      throw new IllegalArgumentException(where + ": " + tiers.size() + " tiers for " + primary.size()
          + " primary labels; give one tier for the image or one per primary label");
    }
    Tier tier = tiers.isEmpty() ? Tier.STANDARD : Tier.RED_FLAG;
    try {
      for (String t : tiers) {
        tier = tier.max(Tier.parse(t));
      }
      return new Annotation(base.resolve(path).normalize(), primary, secondary, tier);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static List<String> labels(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Writes an annotation file: for each label set, one row per annotation, paths relative to the file's folder.
   *
   * @param bySet the annotations of each set, written set by set in the map's order
   */
  public static void write(Path file, Map<String, List<Annotation>> bySet) throws IOException {
    Path base = file.toAbsolutePath().getParent();
    var schema = CsvSchema.builder();
    COLUMNS.forEach(schema::addColumn);
    var rows = new ArrayList<List<String>>();
    for (var entry : bySet.entrySet()) {
      for (Annotation a : entry.getValue()) {
        String path = base.relativize(a.image().toAbsolutePath()).toString().replace('\\', '/');
        String tier = a.primary().isEmpty() ? "" : a.tier().id();
        rows.add(List.of(path, entry.getKey(), String.join(SEPARATOR, a.primary()),
            String.join(SEPARATOR, a.secondary()), tier));
      }
    }
    try (Writer out = Files.newBufferedWriter(file)) {
      new CsvMapper().writer(schema.build().withHeader()).writeValues(out).writeAll(rows);
    }
  }

  /** The label sets a file annotates. */
  public static Set<String> sets(Path file) throws IOException {
    var sets = new TreeSet<String>();
    var mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
      while (rows.hasNext()) {
        String set = rows.next().get("set");
        if (set != null && !set.isBlank()) {
          sets.add(set);
        }
      }
    }
    return sets;
  }
}
