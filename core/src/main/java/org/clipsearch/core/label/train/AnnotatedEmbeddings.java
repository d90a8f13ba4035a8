package org.clipsearch.core.label.train;

import org.clipsearch.core.embed.FileEmbedding;
import org.clipsearch.core.embed.ImageFileEmbedder;
import org.clipsearch.core.io.ContentHash;
import org.clipsearch.core.model.ClipModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annotated images with their embeddings, row {@code i} of {@code embeddings} being the image of annotation
 * {@code i}. Made by {@link #embed}, which takes what it can from an {@link EmbeddingCache} and embeds the rest.
 *
 * @param annotations the annotations
 * @param embeddings  one L2-normalised embedding per annotation
 * @param embedded    how many images had to be embedded (the others came from the cache)
 */
public record AnnotatedEmbeddings(List<Annotation> annotations, float[][] embeddings, int embedded) {

  public AnnotatedEmbeddings {
    annotations = List.copyOf(annotations);
    if (annotations.size() != embeddings.length) {
      throw new IllegalArgumentException(annotations.size() + " annotations but " + embeddings.length + " embeddings");
    }
  }

  /**
   * Embeds the annotated images with the model's image tower, reading and filling the cache (saved at the end).
   *
   * @throws IllegalArgumentException when an annotated image cannot be read or decoded (naming how many, and the
   *                                  first with its reason): a head is trained on clean annotations only
   */
  public static AnnotatedEmbeddings embed(ClipModel model, List<Annotation> annotations, EmbeddingCache cache)
      throws IOException, InterruptedException {
    var hashes = new LinkedHashMap<Path, String>();
    for (Annotation a : annotations) {
      if (!hashes.containsKey(a.image())) {
        try {
          hashes.put(a.image(), ContentHash.of(a.image()));
        } catch (java.nio.file.NoSuchFileException e) {
          throw new IllegalArgumentException("annotated image " + a.image() + " does not exist", e);
        }
      }
    }
    var missing = new ArrayList<Path>();
    hashes.forEach((file, hash) -> {
      if (cache.get(hash).isEmpty()) {
        missing.add(file);
      }
    });
    var failures = new ArrayList<String>();
    if (!missing.isEmpty()) {
      try (var embedder = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(32))) {
        embedder.embed(missing, result -> {
          switch (result) {
            case FileEmbedding.Embedded e -> cache.put(hashes.get(e.file()), e.embedding().values());
            case FileEmbedding.Failed f -> failures.add(f.error().getMessage());
          }
        });
      }
      cache.save();
    }
    if (!failures.isEmpty()) {
      throw new IllegalArgumentException(failures.size() + " annotated images cannot be embedded; the first: "
          + failures.getFirst());
    }
    Map<String, float[]> byHash = new HashMap<>();
    float[][] rows = new float[annotations.size()][];
    for (int i = 0; i < rows.length; i++) {
      String hash = hashes.get(annotations.get(i).image());
      rows[i] = byHash.computeIfAbsent(hash, h -> cache.get(h).orElseThrow());
    }
    return new AnnotatedEmbeddings(annotations, rows, missing.size());
  }

  /** The rows at these indices, in that order. */
  public AnnotatedEmbeddings select(int[] indices) {
    var selected = new ArrayList<Annotation>(indices.length);
    float[][] rows = new float[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      selected.add(annotations.get(indices[i]));
      rows[i] = embeddings[indices[i]];
    }
    return new AnnotatedEmbeddings(selected, rows, 0);
  }

  /** Number of annotated images. */
  public int size() {
    return annotations.size();
  }
}
