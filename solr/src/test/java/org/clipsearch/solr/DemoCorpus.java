package org.clipsearch.solr;

import org.clipsearch.core.index.IndexIdentity;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.LabelSet;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.output.GroundTruthJsonl;
import org.clipsearch.indexer.pipeline.IndexSink;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Generated demo pictures with their ground truth, indexed with the demo model into either backend. */
final class DemoCorpus {

  static final Path DEMO_CLIP = Path.of(System.getProperty("clipsearch.models.dir", "../models")).resolve("demo-clip");

  final Path images;
  final Map<String, GroundTruth> truth = new HashMap<>();

  private DemoCorpus(Path images) {
    this.images = images;
  }

  static boolean demoModelPresent() {
    return Files.exists(DEMO_CLIP.resolve("model.json"));
  }

  /** {@code count} pictures of world {@code seed}, in {@code images}; ids {@code demo:<path>}. */
  static DemoCorpus generate(Path images, long seed, int count) throws Exception {
    DemoWorld.generate(seed, count, images, 2);
    var corpus = new DemoCorpus(images);
    for (GroundTruth t : GroundTruthJsonl.read(images.resolve("ground-truth.jsonl"))) {
      corpus.truth.put("demo:" + t.path(), t);
    }
    return corpus;
  }

  /** Indexes the pictures as collection {@code demo} into the embedded index at {@code index}. */
  IngestReport indexLucene(Path index) throws Exception {
    try (var model = openModel()) {
      return new IngestPipeline(model).run(settings(index), IngestListener.NONE);
    }
  }

  /** Indexes the pictures as collection {@code demo} into the Solr collection, keeping local files in {@code local}. */
  IngestReport indexSolr(SolrTarget target, Path local) throws Exception {
    return indexSolr(SolrSink.into(target), local);
  }

  IngestReport indexSolr(IndexSink.Opener sinks, Path local) throws Exception {
    try (var model = openModel()) {
      return new IngestPipeline(model).run(settings(local), sinks, IngestListener.NONE);
    }
  }

  private IngestSettings settings(Path index) {
    return IngestSettings.of(images, "demo").withIndex(index).withMetadata(images.resolve("metadata.csv"))
        .withThreads(16, 2);
  }

  /** Makes the Solr collection for the demo model, as {@code clipsearch solr init} does. */
  static void createCollection(SolrTarget target, int shards, int replicas) throws Exception {
    var labelSets = new LinkedHashMap<String, LabelSet.Kind>();
    IndexIdentity identity;
    try (var model = openModel()) {
      identity = IndexIdentity.of(model, VectorFormat.of(VectorFormat.Encoding.FLOAT));
      for (LabelHead head : LabelHeads.load(model)) {
        labelSets.put(head.labelSet().name(), head.labelSet().kind());
      }
    }
    try (var solr = SolrConnection.open(target, Retries.INGEST)) {
      new CollectionSetup(solr).create(identity, labelSets, shards, replicas, java.time.Duration.ofMinutes(2));
    }
  }

  static ClipModel openModel() throws Exception {
    return ClipModel.open(DEMO_CLIP, new ModelOptions(2, ModelOptions.Device.CPU));
  }
}
