package org.clipsearch.server.backend.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.server.backend.StoredImage;
import org.clipsearch.server.search.LabelProbability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a {@link StoredImage} from the stored fields of a document written by {@link IndexSchema#document}. */
final class StoredImages {


  private StoredImages() {
  }

  /** The image of {@code doc}, with its facet values {@code facets} (dimension to values). */
  static StoredImage of(Document doc, Map<String, List<String>> facets) {
    var labels = new TreeMap<String, List<LabelProbability>>();
    var extra = new TreeMap<String, String>();
    for (IndexableField field : doc.getFields()) {
      String name = field.name();
      if (name.startsWith(IndexSchema.LABELS_PREFIX)) {
        labels.put(name.substring(IndexSchema.LABELS_PREFIX.length()), LabelProbability.ofStored(field.stringValue()));
      } else if (name.startsWith(IndexSchema.EXTRA_PREFIX)) {
        extra.put(name.substring(IndexSchema.EXTRA_PREFIX.length()), field.stringValue());
      }
    }
    var assigned = new LinkedHashMap<String, List<String>>();
    facets.forEach((dimension, values) -> {
      if (!IndexSchema.METADATA_DIMENSIONS.contains(dimension)) {
        assigned.put(dimension, List.copyOf(values));
      }
    });
    IndexableField year = doc.getField(IndexSchema.YEAR);
    return new StoredImage(doc.get(IndexSchema.ID), doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.PATH),
        doc.get(IndexSchema.COLLECTION), doc.get(IndexSchema.TITLE), doc.get(IndexSchema.DESCRIPTION),
        doc.get(IndexSchema.CREATOR), doc.get(IndexSchema.DATE),
        year == null ? null : year.numericValue().intValue(), doc.get(IndexSchema.LICENCE),
        doc.get(IndexSchema.SOURCE_URL), doc.get(IndexSchema.IIIF_IMAGE), doc.get(IndexSchema.IIIF_MANIFEST), extra,
        intOf(doc, IndexSchema.WIDTH), intOf(doc, IndexSchema.HEIGHT),
        doc.getField(IndexSchema.FILE_SIZE).numericValue().longValue(), doc.get(IndexSchema.CONTENT_HASH), labels,
        assigned, doc.get(IndexSchema.ORIGINAL), doc.get(IndexSchema.THUMBNAIL));
  }


  private static int intOf(Document doc, String field) {
    return doc.getField(field).numericValue().intValue();
  }
}
