package org.clipsearch.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.RequestWriter;
import org.apache.solr.common.util.NamedList;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.LabelSet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a clipsearch collection records about itself, as the commit user data of the embedded index does: the
 * identity (model fingerprint, dimension, vector format, schema version), its label sets and the images folder of
 * each source. It is kept in the user properties of the collection's own configset ({@code configoverlay.json},
 * written by {@code solr init}, read through Solr's Config API), so any node answers it and it lives as long as the
 * collection.
 *
 * @param properties the user properties, all starting {@code clipsearch.}
 */
record CollectionRecord(Map<String, String> properties) {

  /** The label sets and their kinds: {@code scene:single,motif:multi}. */
  static final String LABEL_SETS = "clipsearch.label_sets";

  private static final ObjectMapper JSON = new ObjectMapper();

  CollectionRecord {
    properties = Map.copyOf(properties);
  }

  /** The record of a new collection. */
  static CollectionRecord of(IndexIdentity identity, Map<String, LabelSet.Kind> labelSets) {
    var properties = new LinkedHashMap<>(identity.toUserData());
    var sets = new StringBuilder();
    labelSets.forEach((name, kind) -> sets.append(sets.isEmpty() ? "" : ",").append(name).append(':')
        .append(kind == LabelSet.Kind.MULTI_LABEL ? "multi" : "single"));
    properties.put(LABEL_SETS, sets.toString());
    return new CollectionRecord(properties);
  }

  /**
   * Checks that the target's collection exists, then reads its record: what a connection does first.
   *
   * @throws IllegalArgumentException when the collection does not exist or clipsearch did not make it
   */
  static CollectionRecord ofExisting(SolrConnection solr) {
    ClusterState.requireCollection(solr);
    return read(solr);
  }

  /**
   * Reads the record of a collection known to exist.
   *
   * @throws IllegalArgumentException when clipsearch did not make it
   */
  static CollectionRecord read(SolrConnection solr) {
    NamedList<Object> answer;
    try {
      answer = solr.onCollection(new GenericSolrRequest(SolrRequest.METHOD.GET, "/config/overlay")
          .setRequiresCollection(true), "read the collection's configuration");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(solr.target().describe() + " does not exist or cannot be read ("
          + e.getMessage() + "): create it with clipsearch solr init", e);
    }
    var properties = new LinkedHashMap<String, String>();
    if (answer.get("overlay") instanceof Map<?, ?> overlay && overlay.get("userProps") instanceof Map<?, ?> user) {
      user.forEach((key, value) -> properties.put(key.toString(), String.valueOf(value)));
    }
    var record = new CollectionRecord(properties);
    if (record.identity().isEmpty()) {
      throw new IllegalArgumentException(solr.target().describe() + " was not made by clipsearch (its configset "
          + "records no model fingerprint): create a collection with clipsearch solr init");
    }
    return record;
  }

  /** The identity, or empty when the collection records none. */
  Optional<IndexIdentity> identity() {
    return IndexIdentity.fromUserData(properties);
  }

  /** The label sets and their kinds, in the order recorded. */
  Map<String, LabelSet.Kind> labelSets() {
    var sets = new LinkedHashMap<String, LabelSet.Kind>();
    String recorded = properties.getOrDefault(LABEL_SETS, "");
    for (String entry : recorded.split(",")) {
      int colon = entry.indexOf(':');
      if (colon > 0) {
        sets.put(entry.substring(0, colon), entry.substring(colon + 1).toLowerCase(Locale.ROOT).equals("multi")
            ? LabelSet.Kind.MULTI_LABEL : LabelSet.Kind.SINGLE_LABEL);
      }
    }
    return sets;
  }

  /** The images folder recorded for a source collection. */
  Optional<Path> imagesRoot(String source) {
    return Optional.ofNullable(properties.get(IndexSchema.DATA_IMAGES_ROOT_PREFIX + source)).map(Path::of);
  }

  /** {@code configoverlay.json}: these properties as Solr's user properties. */
  String overlayJson() {
    return json(Map.of("userProps", properties));
  }

  /** Records {@code key = value} in the collection's configset (Solr reloads the collection's cores for it). */
  static void set(SolrConnection solr, String key, String value) {
    var request = new GenericSolrRequest(SolrRequest.METHOD.POST, "/config").setRequiresCollection(true)
        .setContentWriter(new RequestWriter.StringPayloadContentWriter(
            json(Map.of("set-user-property", Map.of(key, value))), "application/json"));
    solr.onCollection(request, "record " + key);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing " + value + " as JSON failed", e);
    }
  }
}
