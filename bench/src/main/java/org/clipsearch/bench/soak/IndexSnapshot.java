package org.clipsearch.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What an index on disk holds, read through a fresh reader: every live document's stored fields but the time it was
 * indexed (which differs between any two runs), the ids with repeats kept, and the paths its last ingest listed as
 * failed.
 */
record IndexSnapshot(List<String> ids, Map<String, Map<String, List<String>>> fields, Set<String> failedPaths) {

  static IndexSnapshot read(IndexLayout layout) throws IOException {
    var ids = new ArrayList<String>();
    var fields = new TreeMap<String, Map<String, List<String>>>();
    try (var dir = FSDirectory.open(layout.lucene()); var reader = DirectoryReader.open(dir)) {
      var stored = reader.storedFields();
      var live = MultiBits.getLiveDocs(reader);
      for (int i = 0; i < reader.maxDoc(); i++) {
        if (live == null || live.get(i)) {
          var values = new TreeMap<String, List<String>>();
          for (IndexableField field : stored.document(i)) {
            if (!field.name().equals(IndexSchema.INDEXED_AT)) {
              values.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(field.stringValue() != null
                  ? field.stringValue() : String.valueOf(field.numericValue()));
            }
          }
          String id = values.get(IndexSchema.ID).getFirst();
          ids.add(id);
          fields.put(id, values);
        }
      }
    }
    return new IndexSnapshot(List.copyOf(ids), fields, failedPaths(layout));
  }

  /** How many documents the latest commit of {@code layout} holds (0 before the first commit). */
  static int documents(IndexLayout layout) throws IOException {
    try (var dir = FSDirectory.open(layout.lucene())) {
      if (!DirectoryReader.indexExists(dir)) {
        return 0;
      }
      try (var reader = DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    }
  }

  private static Set<String> failedPaths(IndexLayout layout) throws IOException {
    var paths = new TreeSet<String>();
    if (Files.exists(layout.failureReport())) {
      var json = new ObjectMapper();
      for (String line : Files.readAllLines(layout.failureReport())) {
        if (!line.isBlank()) {
          JsonNode failure = json.readTree(line);
          paths.add(failure.get("path").asText());
        }
      }
    }
    return paths;
  }

  /** The stored field {@code name} of document {@code id}, or null. */
  String field(String id, String name) {
    List<String> values = fields.getOrDefault(id, Map.of()).get(name);
    return values == null ? null : values.getFirst();
  }
}
