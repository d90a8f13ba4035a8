package org.clipsearch.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clipsearch.demo.caption.ArchiveRecord;
import org.clipsearch.demo.caption.CaptionWriter;
import org.clipsearch.demo.caption.Cataloguer;
import org.clipsearch.demo.caption.DutchCaptionWriter;
import org.clipsearch.demo.caption.DutchLexicon;
import org.clipsearch.demo.output.DemoAnnotations;
import org.clipsearch.demo.output.GroundTruthJsonl;
import org.clipsearch.demo.output.ImageFiles;
import org.clipsearch.demo.output.MetadataCsv;
import org.clipsearch.demo.output.OutputLayout;
import org.clipsearch.demo.paint.SceneRenderer;
import org.clipsearch.demo.world.ImageFormat;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ScenePlan;
import org.clipsearch.demo.world.WorldSampler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo world: captioned pictures of Dutch archive scenes whose scene, objects and motifs are known by
 * construction. Picture {@code index} of world {@code seed} depends on those two numbers alone, so a run is
 * byte-for-byte the same whatever the number of threads, and a trainer can re-render any picture.
 *
 * <pre>{@code
 * var summary = DemoWorld.generate(42, 50_000, Path.of("demo-out"), 2);
 * DemoImage first = DemoWorld.render(42, 0);   // the same pixels and ground truth as demo-out's first picture
 * }</pre>
 */
public final class DemoWorld {

  private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);

  private DemoWorld() {
  }

  /** Picture {@code index} of world {@code seed}: pixels, ground truth and catalogue record. */
  public static DemoImage render(long seed, int index) {
    return draw(new WorldSampler().sample(seed, index));
  }

  /** Picture {@code index} of world {@code seed} as planned, without painting it: its ground truth. */
  public static GroundTruth describe(long seed, int index) {
    var plan = new WorldSampler().sample(seed, index);
    return truth(plan, new CaptionWriter().captions(plan), new DutchCaptionWriter().captions(plan));
  }

  /**
   * Writes the ground truth of pictures 0 to {@code count - 1} of world {@code seed} to {@code out}'s
   * ground-truth.jsonl without painting them: the captions of a collection painted before they changed (the
   * pictures depend only on the plan).
   */
  public static void describeAll(long seed, int count, Path out) throws IOException {
    Files.createDirectories(out);
    try (BufferedWriter jsonOut = Files.newBufferedWriter(out.resolve(OutputLayout.GROUND_TRUTH),
        StandardCharsets.UTF_8)) {
      var jsonl = new GroundTruthJsonl(jsonOut);
      for (int index = 0; index < count; index++) {
        jsonl.write(describe(seed, index));
      }
    }
  }

  /** Writes pictures 0 to {@code count - 1} of world {@code seed} into {@code out}; see demo/README.md. */
  public static GenerationSummary generate(long seed, int count, Path out, int threads) throws IOException {
    return generate(seed, count, out, threads, ProgressListener.none());
  }

  /**
   * Writes pictures 0 to {@code count - 1} of world {@code seed} into {@code out}, rendering and encoding on
   * {@code threads} threads, with at most four pictures per thread in flight, and telling {@code progress}.
   */
  public static GenerationSummary generate(long seed, int count, Path out, int threads, ProgressListener progress)
      throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, not " + count);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, not " + threads);
    }
    long start = System.nanoTime();
    Files.createDirectories(out.resolve(OutputLayout.IMAGES));
    int jpeg = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedWriter csvOut = Files.newBufferedWriter(out.resolve(OutputLayout.METADATA), StandardCharsets.UTF_8);
        BufferedWriter jsonOut = Files.newBufferedWriter(out.resolve(OutputLayout.GROUND_TRUTH),
            StandardCharsets.UTF_8)) {
      var csv = new MetadataCsv(csvOut);
      var jsonl = new GroundTruthJsonl(jsonOut);
      var inFlight = new ArrayDeque<Future<Written>>();
      var truths = new ArrayList<GroundTruth>(count);
      int next = 0;
      for (int done = 0; done < count; done++) {
        while (next < count && inFlight.size() < 4 * threads) {
          int index = next++;
          inFlight.add(pool.submit(() -> renderAndWrite(seed, index, out)));
        }
        var image = await(inFlight.poll());
        csv.write(image.record());
        jsonl.write(image.truth());
        truths.add(image.truth());
        jpeg += image.format() == ImageFormat.JPEG ? 1 : 0;
        progress.written(done + 1, count);
        if ((done + 1) % 1000 == 0) {
          LOG.debug("wrote {} of {} demo pictures", done + 1, count);
        }
      }
      DemoAnnotations.write(out, truths);
    } finally {
      pool.shutdownNow();
    }
    var summary = new GenerationSummary(out, seed, count, jpeg, count - jpeg, threads,
        Duration.ofNanos(System.nanoTime() - start));
    LOG.info("wrote {} demo pictures of world {} to {} in {} ({} per minute on {} threads)", count, seed, out,
        summary.elapsed(), Math.round(summary.imagesPerMinute()), threads);
    return summary;
  }

  /** What the writer needs of a picture once its file is written; the pixels are dropped. */
  private record Written(GroundTruth truth, ArchiveRecord record, ImageFormat format) {
  }

  private static Written renderAndWrite(long seed, int index, Path out) throws IOException {
    var image = render(seed, index);
    ImageFiles.write(image.image(), image.format(), out.resolve(image.truth().path()));
    return new Written(image.truth(), image.record(), image.format());
  }

  private static Written await(Future<Written> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing demo pictures", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("rendering a demo picture failed", e.getCause());
    }
  }

  private static DemoImage draw(ScenePlan plan) {
    var captions = new CaptionWriter().captions(plan);
    var truth = truth(plan, captions, new DutchCaptionWriter().captions(plan));
    ArchiveRecord record = new Cataloguer().record(plan, truth.path(), captions.get(1));
    return new DemoImage(new SceneRenderer().render(plan), truth, record, plan.format());
  }

  private static GroundTruth truth(ScenePlan plan, List<String> captions, List<String> dutchCaptions) {
    var objects = plan.objects().stream()
        .map(g -> new GroundTruth.ObjectCount(g.kind().id(), g.count(), g.color().word()))
        .toList();
    return new GroundTruth(
        OutputLayout.imagePath(plan.index(), plan.format()),
        plan.scene().label(),
        plan.scene().english(),
        DutchLexicon.sceneName(plan.scene()),
        plan.main().kind().id(),
        DutchLexicon.noun(plan.main().kind()).singular(),
        objects,
        plan.motifs().stream().map(Motif::label).toList(),
        plan.secondaryMotifs().stream().map(Motif::label).toList(),
        plan.tier() == null ? null : plan.tier().id(),
        plan.timeOfDay().id(),
        plan.weather().id(),
        plan.style().id(),
        captions.getFirst(),
        captions,
        dutchCaptions,
        plan.width(),
        plan.height(),
        plan.year(),
        plan.seed(),
        plan.index());
  }
}
