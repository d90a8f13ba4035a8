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
import java.util.Optional;

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

  /**
   * Deletes the index when another model built it, as after the shipped demo model was retrained, so that
   * {@link #ensureIndexed} builds it again rather than refusing it: the demo index is made from the world alone.
   *
   * @return the model that built the deleted index, as messages name it; empty when nothing was deleted
   */
  Optional<String> dropIndexOfAnotherModel(ClipModel model) throws IOException {
    var recorded = index().recordedIdentity();
    if (recorded.isEmpty() || recorded.get().fingerprint().equals(model.fingerprint())) {
      return Optional.empty();
    }
    FileTrees.delete(index().root());
    return Optional.of(recorded.get().describeModel());
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
