package org.clipsearch.bench;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.embed.Embedding;
import org.clipsearch.core.index.ImageMetadata;
import org.clipsearch.core.index.ImageRecord;
import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.label.LabelPrediction;
import org.clipsearch.core.label.LabelSet;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A large index without images: documents whose vectors are drawn around {@value #CLUSTERS} random centres on the
 * unit sphere (as embeddings of a collection cluster by subject), with labels drawn independently of the vectors,
 * so that a label filter is uncorrelated with any query (the hard case for a filtered graph search). Scene
 * {@code scene-00} .. {@code scene-99} are uniform: each matches 1% of the collection. Motifs {@code motif-0} ..
 * {@code motif-9} are assigned with probabilities 0.5, 0.25, ... Everything derives from the seed.
 *
 * @param identity the model the index pretends to be built with (the server refuses any other)
 * @param count    documents
 * @param seed     the random seed
 */
public record SyntheticCollection(IndexIdentity identity, int count, long seed) {

  /** Scene labels, each on 1% of the documents. */
  public static final int SCENES = 100;
  private static final int MOTIFS = 10;
  private static final int CLUSTERS = 500;
  private static final float SPREAD = 0.6f;

  /** The label sets the documents carry. */
  public static List<LabelSet> labelSets() {
    var scenes = IntStream.range(0, SCENES).mapToObj(SyntheticCollection::scene).toList();
    var motifs = IntStream.range(0, MOTIFS).mapToObj(i -> "motif-" + i).toList();
    return List.of(LabelSet.singleLabel(IndexSchema.SCENE, scenes),
        LabelSet.multiLabel(IndexSchema.MOTIF, motifs, 0.5f));
  }

  /** The name of scene {@code i}. */
  public static String scene(int i) {
    return "scene-%02d".formatted(i);
  }

  /** Takes the records one by one. */
  @FunctionalInterface
  public interface RecordConsumer {
    void accept(ImageRecord record) throws IOException;
  }

  /** Hands every record to {@code consumer}, in order; the same records for the same seed. */
  public void forEach(RecordConsumer consumer) throws IOException {
    var sets = labelSets();
    float[][] centres = centres();
    var random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      consumer.accept(record(i, random, centres, sets));
    }
  }

  /** Writes the collection into a new index at {@code layout}, force-merged into one segment. */
  public void write(IndexLayout layout) throws IOException {
    Files.createDirectories(layout.lucene());
    var facets = IndexSchema.facetsConfig(labelSets());
    IndexWriterConfig config = IndexSchema.writerConfig(identity.vectorFormat())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
    try (var directory = FSDirectory.open(layout.lucene()); var writer = new IndexWriter(directory, config)) {
      forEach(record -> writer.addDocument(IndexSchema.document(record, facets)));
      writer.forceMerge(1);
      Map<String, String> data = new LinkedHashMap<>(identity.toUserData());
      data.put(IndexSchema.DATA_DOCUMENTS, Integer.toString(count));
      data.put(IndexSchema.DATA_COMMITTED_AT, Instant.now().toString());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  private float[][] centres() {
    var random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    float[][] centres = new float[CLUSTERS][];
    for (int c = 0; c < CLUSTERS; c++) {
      centres[c] = Embedding.of(gaussian(random, identity.dimension(), 1f)).values();
    }
    return centres;
  }

  private ImageRecord record(int i, SplittableRandom random, float[][] centres, List<LabelSet> sets) {
    float[] centre = centres[random.nextInt(CLUSTERS)];
    float[] vector = gaussian(random, centre.length, SPREAD / (float) Math.sqrt(centre.length));
    for (int d = 0; d < vector.length; d++) {
      vector[d] += centre[d];
    }
    String path = "synthetic/%06d.jpg".formatted(i);
    int year = 1900 + random.nextInt(120);
    var metadata = new ImageMetadata("Picture " + i, "a synthetic picture number " + i, "Creator " + (i % 50),
        Integer.toString(year), null, i % 2 == 0 ? "CC0" : "CC BY 4.0", null, null, null, Map.of());
    byte[] hash = new byte[32];
    random.nextBytes(hash);
    return new ImageRecord("synthetic", path, HexFormat.of().formatHex(hash), 100_000, 640, 480, Instant.EPOCH,
        "/nonexistent/" + path, null, metadata, Embedding.of(vector), labels(random, sets));
  }

  private static List<LabelPrediction> labels(SplittableRandom random, List<LabelSet> sets) {
    var predictions = new ArrayList<LabelPrediction>();
    for (LabelSet set : sets) {
      float[] probabilities = new float[set.size()];
      if (set.kind() == LabelSet.Kind.SINGLE_LABEL) {
        probabilities[random.nextInt(set.size())] = 0.9f;
        for (int j = 0; j < probabilities.length; j++) {
          probabilities[j] = probabilities[j] > 0 ? probabilities[j] : 0.1f / (probabilities.length - 1);
        }
      } else {
        for (int j = 0; j < probabilities.length; j++) {
          probabilities[j] = random.nextDouble() < Math.pow(0.5, j + 1) ? 0.8f : 0.1f;
        }
      }
      predictions.add(set.predict(probabilities));
    }
    return predictions;
  }

  private static float[] gaussian(SplittableRandom random, int dimension, float sigma) {
    float[] v = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      v[d] = (float) (random.nextGaussian() * sigma);
    }
    return v;
  }
}
