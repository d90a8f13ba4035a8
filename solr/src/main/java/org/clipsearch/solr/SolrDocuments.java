package org.clipsearch.solr;

import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.clipsearch.core.index.ImageMetadata;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.LabelPrediction;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.LabelProbability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@link ImageRecord} as a Solr document and a Solr document as a {@link StoredImage}: the fields of core's
 * {@link IndexSchema} under the same names (the configset's {@code schema.xml} declares them), the labels as the
 * embedded index keeps them, and two fields of Solr's own: each label set's assigned labels in
 * {@code assigned.<set>} (its facet) and the thumbnail's bytes in {@value #THUMBNAIL_JPEG}.
 */
final class SolrDocuments {

  /** The thumbnail's JPEG bytes. */
  static final String THUMBNAIL_JPEG = "thumbnail_jpeg";
  /** Prefix of each label set's assigned labels. */
  static final String ASSIGNED_PREFIX = "assigned.";

  /** What a result page or an image's details read: everything but the vector and the thumbnail's bytes. */
  static final String STORED_FIELDS = String.join(",", IndexSchema.ID, IndexSchema.SOURCE, IndexSchema.PATH,
      IndexSchema.CONTENT_HASH, IndexSchema.WIDTH, IndexSchema.HEIGHT, IndexSchema.FILE_SIZE, IndexSchema.ORIGINAL,
      IndexSchema.THUMBNAIL, IndexSchema.TITLE, IndexSchema.DESCRIPTION, IndexSchema.CREATOR, IndexSchema.DATE,
      IndexSchema.YEAR, IndexSchema.COLLECTION, IndexSchema.LICENCE, IndexSchema.SOURCE_URL, IndexSchema.IIIF_IMAGE,
      IndexSchema.IIIF_MANIFEST, IndexSchema.EXTRA_PREFIX + "*", IndexSchema.LABELS_PREFIX + "*",
      ASSIGNED_PREFIX + "*");

  private SolrDocuments() {
  }

  /** The document of {@code record}, with its thumbnail's bytes or null, for these label sets. */
  static SolrInputDocument of(ImageRecord record, byte[] thumbnail, Map<String, LabelSet.Kind> labelSets) {
    var doc = new SolrInputDocument();
    doc.setField(IndexSchema.ID, record.id());
    doc.setField(IndexSchema.SOURCE, record.collection());
    doc.setField(IndexSchema.PATH, record.path());
    doc.setField(IndexSchema.CONTENT_HASH, record.contentHash());
    doc.setField(IndexSchema.METADATA_HASH, record.metadata().digest());
    doc.setField(IndexSchema.WIDTH, record.width());
    doc.setField(IndexSchema.HEIGHT, record.height());
    doc.setField(IndexSchema.FILE_SIZE, record.fileSize());
    doc.setField(IndexSchema.INDEXED_AT, record.indexedAt().toEpochMilli());
    doc.setField(IndexSchema.ORIGINAL, record.original());
    if (record.thumbnail() != null && thumbnail != null) {
      doc.setField(IndexSchema.THUMBNAIL, record.thumbnail());
      doc.setField(THUMBNAIL_JPEG, thumbnail);
    }
    addMetadata(doc, record);
    var vector = new ArrayList<Float>(record.embedding().dimension());
    for (float v : record.embedding().values()) {
      vector.add(v);
    }
    doc.setField(IndexSchema.VECTOR, vector);
    for (LabelPrediction prediction : record.labels()) {
      LabelSet.Kind kind = labelSets.get(prediction.set());
      if (kind == null) {
        throw new IllegalArgumentException("label set '" + prediction.set() + "' is not one the collection was "
            + "made for " + labelSets.keySet() + ": make a new collection with clipsearch solr init");
      }
      doc.setField(IndexSchema.LABELS_PREFIX + prediction.set(),
          IndexSchema.storedScores(prediction, kind == LabelSet.Kind.MULTI_LABEL));
      if (!prediction.assigned().isEmpty()) {
        doc.setField(ASSIGNED_PREFIX + prediction.set(), new ArrayList<>(prediction.assigned()));
      }
    }
    return doc;
  }

  private static void addMetadata(SolrInputDocument doc, ImageRecord record) {
    ImageMetadata m = record.metadata();
    setIfPresent(doc, IndexSchema.TITLE, m.title());
    setIfPresent(doc, IndexSchema.DESCRIPTION, m.description());
    setIfPresent(doc, IndexSchema.CREATOR, m.creator());
    setIfPresent(doc, IndexSchema.DATE, m.date());
    m.year().ifPresent(year -> {
      doc.setField(IndexSchema.YEAR, year);
      doc.setField(IndexSchema.DECADE, IndexSchema.decade(year));
    });
    doc.setField(IndexSchema.COLLECTION, m.collection() != null ? m.collection() : record.collection());
    setIfPresent(doc, IndexSchema.LICENCE, m.licence());
    setIfPresent(doc, IndexSchema.SOURCE_URL, m.sourceUrl());
    setIfPresent(doc, IndexSchema.IIIF_IMAGE, m.iiifImage());
    setIfPresent(doc, IndexSchema.IIIF_MANIFEST, m.iiifManifest());
    m.extra().forEach((column, value) -> doc.setField(IndexSchema.EXTRA_PREFIX + column, value));
  }

  private static void setIfPresent(SolrInputDocument doc, String field, String value) {
    if (value != null) {
      doc.setField(field, value);
    }
  }

  /** The image of a document read with {@link #STORED_FIELDS}. */
  static StoredImage image(SolrDocument doc) {
    var labels = new TreeMap<String, List<LabelProbability>>();
    var extra = new TreeMap<String, String>();
    var assigned = new LinkedHashMap<String, List<String>>();
    for (String name : doc.getFieldNames()) {
      if (name.startsWith(IndexSchema.LABELS_PREFIX)) {
        labels.put(name.substring(IndexSchema.LABELS_PREFIX.length()), LabelProbability.ofStored(string(doc, name)));
      } else if (name.startsWith(IndexSchema.EXTRA_PREFIX)) {
        extra.put(name.substring(IndexSchema.EXTRA_PREFIX.length()), string(doc, name));
      } else if (name.startsWith(ASSIGNED_PREFIX)) {
        // In value order, as the embedded index reads them from its sorted doc values.
        assigned.put(name.substring(ASSIGNED_PREFIX.length()), strings(doc, name).stream().sorted().toList());
      }
    }
    Object year = doc.getFirstValue(IndexSchema.YEAR);
    return new StoredImage(string(doc, IndexSchema.ID), string(doc, IndexSchema.SOURCE),
        string(doc, IndexSchema.PATH), string(doc, IndexSchema.COLLECTION), string(doc, IndexSchema.TITLE),
        string(doc, IndexSchema.DESCRIPTION), string(doc, IndexSchema.CREATOR), string(doc, IndexSchema.DATE),
        year == null ? null : ((Number) year).intValue(), string(doc, IndexSchema.LICENCE),
        string(doc, IndexSchema.SOURCE_URL), string(doc, IndexSchema.IIIF_IMAGE),
        string(doc, IndexSchema.IIIF_MANIFEST), extra, number(doc, IndexSchema.WIDTH).intValue(),
        number(doc, IndexSchema.HEIGHT).intValue(), number(doc, IndexSchema.FILE_SIZE).longValue(),
        string(doc, IndexSchema.CONTENT_HASH), labels, assigned, string(doc, IndexSchema.ORIGINAL),
        string(doc, IndexSchema.THUMBNAIL));
  }

  /** The facet values of a candidate: dimension (scene, motif, collection, decade, licence) to values. */
  static Map<String, List<String>> facetValues(SolrDocument doc) {
    var values = new LinkedHashMap<String, List<String>>();
    for (String name : doc.getFieldNames()) {
      if (name.startsWith(ASSIGNED_PREFIX)) {
        values.put(name.substring(ASSIGNED_PREFIX.length()), strings(doc, name));
      }
    }
    for (String dimension : IndexSchema.METADATA_DIMENSIONS) {
      if (doc.getFirstValue(dimension) != null) {
        values.put(dimension, strings(doc, dimension));
      }
    }
    return values;
  }

  static String string(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private static Number number(SolrDocument doc, String field) {
    return (Number) doc.getFirstValue(field);
  }

  private static List<String> strings(SolrDocument doc, String field) {
    Collection<Object> values = doc.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(Object::toString).toList();
  }

}
