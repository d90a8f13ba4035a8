package org.clipsearch.core.embed;

import org.clipsearch.core.image.DecodeLimits;
import org.clipsearch.core.image.ImageDecodeException;
import org.clipsearch.core.image.ImageDecodeException.Reason;
import org.clipsearch.core.image.ImageDecoder;
import org.clipsearch.core.model.ClipModel;
import org.clipsearch.core.model.ModelOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageFileEmbedderTest {

  private static final Path TINY_CLIP = Path.of("src/test/resources/models/tiny-clip");

  private static ClipModel model;
  private static ImageDecoder decoder;

  @TempDir
  static Path dir;

  @BeforeAll
  static void open() throws Exception {
    model = ClipModel.open(TINY_CLIP, new ModelOptions(1, ModelOptions.Device.CPU));
    decoder = new ImageDecoder(DecodeLimits.defaults().withTargetShortSide(model.manifest().image().size()));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void results_come_in_input_order_and_equal_the_one_at_a_time_path() throws Exception {
    List<Path> files = images("order", 11);

    List<FileEmbedding> results;
    try (var embedder = ImageFileEmbedder.forModel(model, new ImageFileEmbedder.Settings(3, 2, 4))) {
      results = embedder.embed(files);
    }

    assertThat(results).extracting(FileEmbedding::file).containsExactlyElementsOf(files);
    for (int i = 0; i < files.size(); i++) {
      Embedding alone = model.imageEmbedder().embed(decoder.decode(files.get(i)).image());
      assertThat(embedding(results.get(i)).dot(alone)).as(files.get(i).toString()).isGreaterThanOrEqualTo(0.9999f);
    }
  }

  @Test
  void batch_sizes_1_3_and_8_give_identical_embeddings() throws Exception {
    List<Path> files = images("batches", 10);

    var byBatch = new ArrayList<List<FileEmbedding>>();
    for (int batch : new int[] {1, 3, 8}) {
      try (var embedder = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(batch))) {
        byBatch.add(embedder.embed(files));
      }
    }

    for (int i = 0; i < files.size(); i++) {
      Embedding single = embedding(byBatch.get(0).get(i));
      assertThat(embedding(byBatch.get(1).get(i))).isEqualTo(single);
      assertThat(embedding(byBatch.get(2).get(i))).isEqualTo(single);
    }
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("not_an_image.jpg", Reason.UNSUPPORTED_FORMAT),
        Arguments.of("empty.png", Reason.EMPTY),
        Arguments.of("missing.jpg", Reason.NOT_FOUND),
        Arguments.of("a_folder.jpg", Reason.NOT_A_FILE));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFiles")
  void a_bad_file_is_reported_in_its_place_with_its_reason(String name, Reason reason) throws Exception {
    List<Path> good = images("around_" + reason, 4);
    Path bad = badFile(dir.resolve(name + "_" + reason), reason);
    List<Path> files = List.of(good.get(0), good.get(1), bad, good.get(2), good.get(3));

    List<FileEmbedding> results;
    try (var embedder = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(2))) {
      results = embedder.embed(files);
    }

    assertThat(results).extracting(FileEmbedding::file).containsExactlyElementsOf(files);
    assertThat(results.get(2)).isInstanceOfSatisfying(FileEmbedding.Failed.class, failed -> {
      assertThat(failed.reason()).isEqualTo(reason);
      assertThat(failed.error().getMessage()).contains(bad.toString());
    });
    assertThat(results).filteredOn(FileEmbedding.Embedded.class::isInstance).hasSize(4);
  }

  @Test
  void more_files_than_the_queue_holds_go_through_with_bounded_memory() throws Exception {
    List<Path> files = images("many", 25);
    var counting = new CountingEmbedder(model.imageEmbedder());
    var settings = new ImageFileEmbedder.Settings(3, 2, 2);

    var results = new ArrayList<FileEmbedding>();
    try (var embedder = new ImageFileEmbedder(counting, decoder, settings)) {
      embedder.embed(files.stream()::iterator, results::add);
    }

    assertThat(results).extracting(FileEmbedding::file).containsExactlyElementsOf(files);
    assertThat(results).allMatch(FileEmbedding.Embedded.class::isInstance);
    assertThat(counting.mostWaiting()).isLessThanOrEqualTo(settings.queueCapacity() + settings.batchSize());
  }

  @Test
  void an_exception_from_the_callback_ends_the_call_and_the_pipeline_stays_usable() throws Exception {
    List<Path> files = images("callback", 6);

    try (var embedder = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(2))) {
      assertThatThrownBy(() -> embedder.embed(files, result -> {
        throw new IllegalStateException("sink is full");
      })).isInstanceOf(IllegalStateException.class).hasMessage("sink is full");

      assertThat(embedder.embed(files)).hasSize(6).allMatch(FileEmbedding.Embedded.class::isInstance);
    }
  }

  @Test
  void each_result_carries_the_full_size_and_the_listener_sees_each_decoded_image_once() throws Exception {
    List<Path> files = images("listened", 5);
    var seen = new java.util.concurrent.ConcurrentHashMap<Path, Integer>();

    List<FileEmbedding> results;
    try (var embedder = new ImageFileEmbedder(model.imageEmbedder(), decoder, ImageFileEmbedder.Settings.of(2),
        (file, image) -> seen.merge(file, image.width(), (a, b) -> -1))) {
      results = embedder.embed(files);
    }

    for (FileEmbedding result : results) {
      var expected = ImageIO.read(result.file().toFile());
      assertThat(result).isInstanceOfSatisfying(FileEmbedding.Embedded.class, embedded -> {
        assertThat(embedded.width()).isEqualTo(expected.getWidth());
        assertThat(embedded.height()).isEqualTo(expected.getHeight());
        assertThat(embedded.format()).isIn("JPEG", "PNG");
      });
      assertThat(seen.get(result.file())).isEqualTo(expected.getWidth());
    }
  }

  @Test
  void no_files_give_no_results() throws Exception {
    try (var embedder = ImageFileEmbedder.forModel(model, ImageFileEmbedder.Settings.of(4))) {
      assertThat(embedder.embed(List.of())).isEmpty();
    }
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(0, 1, 1, "batch size must be at least 1, got 0"),
        Arguments.of(1, 0, 1, "decode threads must be at least 1, got 0"),
        Arguments.of(1, 1, -2, "queue capacity must be at least 1, got -2"));
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("badSettings")
  void settings_out_of_range_are_refused(int batch, int threads, int capacity, String message) {
    assertThatThrownBy(() -> new ImageFileEmbedder.Settings(batch, threads, capacity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static Embedding embedding(FileEmbedding result) {
    assertThat(result).isInstanceOf(FileEmbedding.Embedded.class);
    return ((FileEmbedding.Embedded) result).embedding();
  }

  /** Photo-like images of assorted sizes, alternately JPEG and PNG. */
  private static List<Path> images(String prefix, int count) throws IOException {
    var files = new ArrayList<Path>();
    for (int i : IntStream.range(0, count).toArray()) {
      var random = new Random(prefix.hashCode() * 31L + i);
      int width = 60 + random.nextInt(200);
      int height = 60 + random.nextInt(200);
      String format = i % 2 == 0 ? "jpg" : "png";
      Path file = dir.resolve(prefix + "_" + i + "." + format);
      ImageIO.write(scene(width, height, random), format, file.toFile());
      files.add(file);
    }
    return files;
  }

  private static RenderedImage scene(int width, int height, Random random) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
        new Color(random.nextInt(0xFFFFFF))));
    g.fillRect(0, 0, width, height);
    for (int shape = 0; shape < 5; shape++) {
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillOval(random.nextInt(width), random.nextInt(height), 10 + random.nextInt(width), 10 + random.nextInt(height));
    }
    g.dispose();
    return image;
  }

  private static Path badFile(Path file, Reason reason) throws IOException {
    switch (reason) {
      case UNSUPPORTED_FORMAT -> Files.writeString(file, "this is not an image");
      case EMPTY -> Files.write(file, new byte[0]);
      case NOT_A_FILE -> Files.createDirectory(file);
      case NOT_FOUND -> { }
      default -> throw new IllegalArgumentException("no bad file for " + reason);
    }
    return file;
  }

  /** Counts images preprocessed and not yet embedded, and remembers the most there ever were. */
  private static final class CountingEmbedder implements ImageEmbedder {

    private final ImageEmbedder delegate;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger mostWaiting = new AtomicInteger();

    CountingEmbedder(ImageEmbedder delegate) {
      this.delegate = delegate;
    }

    int mostWaiting() {
      return mostWaiting.get();
    }

    @Override
    public int dimension() {
      return delegate.dimension();
    }

    @Override
    public float[] preprocess(BufferedImage rgb) {
      float[] tensor = delegate.preprocess(rgb);
      mostWaiting.accumulateAndGet(waiting.incrementAndGet(), Math::max);
      return tensor;
    }

    @Override
    public List<Embedding> embedPreprocessed(List<float[]> inputs) {
      List<Embedding> embeddings = delegate.embedPreprocessed(inputs);
      waiting.addAndGet(-inputs.size());
      return embeddings;
    }
  }
}
