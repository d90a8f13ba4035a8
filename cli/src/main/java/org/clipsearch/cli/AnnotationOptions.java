package org.clipsearch.cli;

import org.clipsearch.core.label.train.AnnotatedEmbeddings;
import org.clipsearch.core.label.train.AnnotationsCsv;
import org.clipsearch.core.label.train.EmbeddingCache;
import org.clipsearch.core.model.ClipModel;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The annotation file a command reads, and where the embeddings of its images are cached. */
final class AnnotationOptions {

  @Option(names = "--annotations", required = true, paramLabel = "FILE",
      description = "Annotation CSV: path,set,primary,secondary,tier (demo-data writes annotations.csv).")
  Path annotations;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Embedding cache, by image content hash and model fingerprint (default: .clipsearch-cache beside"
          + " the annotation file).")
  Path cache;

  /** The annotated images of {@code set} with their embeddings, embedding only what the cache lacks. */
  AnnotatedEmbeddings load(ClipModel model, String set, PrintWriter err) throws IOException, InterruptedException {
    var rows = AnnotationsCsv.read(annotations, set);
    Path dir = cache != null ? cache : annotations.toAbsolutePath().getParent().resolve(".clipsearch-cache");
    var embeddings = EmbeddingCache.open(dir, model.fingerprint(), model.embeddingDim());
    long start = System.nanoTime();
    var data = AnnotatedEmbeddings.embed(model, rows, embeddings);
    err.printf(Locale.ROOT, "%s: %d annotated images, %d embedded now (%.1f s), the rest from %s%n", set,
        data.size(), data.embedded(), (System.nanoTime() - start) / 1e9, embeddings.file());
    err.flush();
    return data;
  }
}
