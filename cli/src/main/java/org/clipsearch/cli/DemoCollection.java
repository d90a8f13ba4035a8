package org.clipsearch.cli;

import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.io.FileTrees;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.demo.DemoWorld;
import org.clipsearch.demo.ProgressListener;
import org.clipsearch.demo.output.OutputLayout;
import org.clipsearch.indexer.pipeline.IngestListener;
import org.clipsearch.indexer.pipeline.IngestPipeline;
import org.clipsearch.indexer.pipeline.IngestReport;
import org.clipsearch.indexer.pipeline.IngestSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The demo collection of {@code clipsearch demo}: a generated world of pictures under {@code HOME/world/} and its
 * index under {@code HOME/index/}. The world is generated into {@code HOME/world.partial/} and moved into place only
 * when complete, so an interrupted generation starts again; the index is built by the incremental, crash-safe
 * ingest, so a second run only hashes the files and finds nothing to do.
 *
 * @param home  the demo's folder, by default {@code index-data/demo}
 * @param seed  the world seed
 * @param count how many pictures
 */
record DemoCollection(Path home, long seed, int count) {

  /** The collection name, the first part of every image id. */
  static final String NAME = "demo";

  DemoCollection {
    if (count < 1) {
      throw new IllegalArgumentException("the demo needs at least 1 picture, got " + count);
    }
  }

  /** The generated pictures, metadata.csv and ground-truth.jsonl. */
  Path world() {
    return home.resolve("world");
  }

  /** The index of the pictures. */
  IndexLayout index() {
    return new IndexLayout(home.resolve("index"));
  }

  /** Generates the world unless a complete one is there; returns whether it generated. */
  boolean ensureWorld(int threads, ProgressListener progress) throws IOException {
    if (Files.isDirectory(world())) {
      return false;
    }
    Path partial = home.resolve("world.partial");
    FileTrees.delete(partial);
    DemoWorld.generate(seed, count, partial, threads, progress);
    Files.move(partial, world(), StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  /** Brings the index up to date with the world: everything on a first run, nothing on a later one. */
  IngestReport ensureIndexed(ClipModel model, IngestListener progress) throws IOException, InterruptedException {
    var settings = IngestSettings.of(world(), NAME)
        .withIndex(index().root())
        .withMetadata(world().resolve(OutputLayout.METADATA))
        .withPrune(true)
        .withForceMerge(true);
    return new IngestPipeline(model).run(settings, progress);
  }
}
