package org.clipsearch.indexer.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.clipsearch.core.index.ImageMetadata;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An archive's metadata sidecar, keyed by image path relative to the images folder.
 *
 * <ul>
 *   <li><b>CSV</b> ({@code .csv}): RFC 4180 with a header row; a {@code path} column and any of {@code title,
 *       description, creator, date, collection, licence} ({@code license} too), {@code source_url, iiif_image,
 *       iiif_manifest}; other columns are kept as extra stored fields. Read with Jackson's CSV parser: quoted
 *       fields with commas, doubled quotes and line breaks, and a UTF-8 byte-order mark are handled by a
 *       maintained parser rather than by a hand-written split that gets them subtly wrong.</li>
 *   <li><b>JSON</b> ({@code .json}): an object whose keys are paths and whose values are objects of the same
 *       fields, or an array of such objects each with a {@code path}.</li>
 * </ul>
 *
 * <p>A row without a path, a path given twice (the first row wins), a row of the wrong width, or a date that is
 * not a year, year-month or ISO date is a {@link Problem}; the other rows are read. Paths are normalised
 * ({@code ./} dropped, {@code \} read as {@code /}).
 */
public final class MetadataSidecar {

  /**
   * A row that could not be taken as it is.
   *
   * @param where  {@code metadata.csv line 7} or {@code metadata.json entry 'x.jpg'}
   * @param reason what is wrong
   * @param fatal  true when the row was dropped, false when it was read with a value left out
   */
  public record Problem(String where, String reason, boolean fatal) {
  }

  private static final Set<String> KNOWN = Set.of("path", "title", "description", "creator", "date", "collection",
      "licence", "license", "source_url", "iiif_image", "iiif_manifest");

  private final Map<String, ImageMetadata> rows;
  private final List<Problem> problems;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  private MetadataSidecar(Map<String, ImageMetadata> rows, List<Problem> problems) {
    this.rows = rows;
    this.problems = List.copyOf(problems);
  }

  /** No sidecar: every image without metadata. */
  public static MetadataSidecar none() {
    return new MetadataSidecar(Map.of(), List.of());
  }

  /**
   * Reads a CSV or JSON sidecar, by its extension.
   *
   * @throws IllegalArgumentException when the extension is neither, the CSV has no {@code path} column, or the
   *                                  JSON is not an object or array
   * @throws IOException              when the file cannot be read or parsed at all
   */
  public static MetadataSidecar read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return readCsv(file);
    }
    if (name.endsWith(".json")) {
      return readJson(file);
    }
    throw new IllegalArgumentException("metadata " + file + ": expected a .csv or .json file");
  }

  private static MetadataSidecar readCsv(Path file) throws IOException {
    var mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    var rows = new LinkedHashMap<String, ImageMetadata>();
    var problems = new ArrayList<Problem>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
      if (!it.hasNext()) {
        throw new IllegalArgumentException("metadata " + file + ": empty, expected a header row with a 'path' column");
      }
      List<String> header = it.next().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
          .toList();
      int pathColumn = header.indexOf("path");
      if (pathColumn < 0) {
        throw new IllegalArgumentException("metadata " + file + ": the header " + header + " has no 'path' column");
      }
      while (it.hasNext()) {
        int line = it.getCurrentLocation().getLineNr();
        List<String> cells;
        try {
          cells = it.next();
        } catch (RuntimeException e) {
          problems.add(new Problem(file.getFileName() + " line " + line, "unreadable row: " + e.getMessage(), true));
          continue;
        }
        String where = file.getFileName() + " line " + line;
        if (cells.size() == 1 && cells.getFirst().isBlank()) {
          continue;
        }
        if (cells.size() != header.size()) {
          problems.add(new Problem(where, "has " + cells.size() + " fields, the header has " + header.size(), true));
          continue;
        }
        var fields = new HashMap<String, String>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), cells.get(i));
        }
        add(rows, problems, where, fields);
      }
    }
    return new MetadataSidecar(rows, problems);
  }

  private static MetadataSidecar readJson(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    var rows = new LinkedHashMap<String, ImageMetadata>();
    var problems = new ArrayList<Problem>();
    String name = file.getFileName().toString();
    if (root != null && root.isObject()) {
      for (Map.Entry<String, JsonNode> entry : root.properties()) {
        String where = name + " entry '" + entry.getKey() + "'";
        if (!entry.getValue().isObject()) {
          problems.add(new Problem(where, "is not an object", true));
          continue;
        }
        var fields = fields(entry.getValue());
        fields.put("path", entry.getKey());
        add(rows, problems, where, fields);
      }
    } else if (root != null && root.isArray()) {
      int index = 0;
      for (JsonNode element : root) {
        String where = name + " element " + index++;
        if (!element.isObject()) {
          problems.add(new Problem(where, "is not an object", true));
          continue;
        }
        add(rows, problems, where, fields(element));
      }
    } else {
      throw new IllegalArgumentException("metadata " + file + ": expected a JSON object keyed by path or an array");
    }
    return new MetadataSidecar(rows, problems);
  }

  private static Map<String, String> fields(JsonNode object) {
    var fields = new HashMap<String, String>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      JsonNode value = field.getValue();
      if (!value.isNull()) {
        fields.put(field.getKey().toLowerCase(Locale.ROOT), value.isValueNode() ? value.asText() : value.toString());
      }
    }
    return fields;
  }

  private static void add(Map<String, ImageMetadata> rows, List<Problem> problems, String where,
                          Map<String, String> fields) {
    String path = normalise(fields.get("path"));
    if (path == null) {
      problems.add(new Problem(where, "has no path", true));
      return;
    }
    if (rows.containsKey(path)) {
      problems.add(new Problem(where, "path '" + path + "' was given before; the first row is kept", true));
      return;
    }
    String date = fields.get("date");
    if (date != null && !date.isBlank() && ImageMetadata.yearOf(date).isEmpty()) {
      problems.add(new Problem(where, "date '" + date + "' is not a year, year-month or ISO date; kept as text",
          false));
    }
    var extra = new HashMap<String, String>();
    fields.forEach((k, v) -> {
      if (!KNOWN.contains(k)) {
        extra.put(k, v);
      }
    });
    rows.put(path, new ImageMetadata(fields.get("title"), fields.get("description"), fields.get("creator"), date,
        fields.get("collection"), fields.getOrDefault("licence", fields.get("license")), fields.get("source_url"),
        fields.get("iiif_image"), fields.get("iiif_manifest"), extra));
  }

  /** A relative path as the source writes it: {@code /}-separated, without {@code ./}; null when blank. */
  static String normalise(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    String p = path.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  /** The metadata of the image at {@code path}, {@link ImageMetadata#NONE} when the sidecar has none. */
  public ImageMetadata get(String path) {
    return rows.getOrDefault(path, ImageMetadata.NONE);
  }

  /** Notes that the image at {@code path} exists, so its row is not reported as orphaned. Thread-safe. */
  public void markFound(String path) {
    if (rows.containsKey(path)) {
      used.add(path);
    }
  }

  /** Rows for images that were never found, in sidecar order. */
  public List<String> orphans() {
    return rows.keySet().stream().filter(p -> !used.contains(p)).toList();
  }

  /** Rows read. */
  public int size() {
    return rows.size();
  }

  /** Rows that were dropped or read with a value left out. */
  public List<Problem> problems() {
    return problems;
  }
}
