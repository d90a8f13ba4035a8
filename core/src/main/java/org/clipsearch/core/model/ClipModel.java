package org.clipsearch.core.model;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

import org.clipsearch.core.embed.ImageEmbedder;
import org.clipsearch.core.embed.TextEmbedder;
import org.clipsearch.core.tokenize.TextTokenizer;
import org.clipsearch.core.tokenize.TextTokenizers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A CLIP-family model opened from a model directory ({@code model-contract.md}): owns the ONNX sessions of its
 * image and text towers and hands out embedders over them.
 *
 * <p>Opening validates the manifest, computes the fingerprint, and checks each ONNX graph's inputs and outputs
 * against the manifest, so a mismatch is reported now and not at the first query:
 *
 * <pre>{@code
 * try (ClipModel model = ClipModel.open(Path.of("models/demo-clip"), ModelOptions.defaults())) {
 *   Embedding query = model.textEmbedder().embed("a windmill at sunset");
 *   Embedding image = model.imageEmbedder().embed(decodedImage);
 *   float cosine = query.dot(image);
 * }
 * }</pre>
 *
 * <p>Embedders are thread-safe; ONNX Runtime runs concurrent calls on one session.
 */
public final class ClipModel implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClipModel.class);

  private final Path directory;
  private final ModelManifest manifest;
  private final ModelFingerprint fingerprint;
  private final String executionProvider;
  private final OnnxTower imageTower;
  private final OnnxTower textTower;
  private final OnnxImageEmbedder imageEmbedder;
  private final OnnxTextEmbedder textEmbedder;

  private ClipModel(Path directory, ModelManifest manifest, ModelFingerprint fingerprint, String executionProvider,
                    OnnxTower imageTower, OnnxTower textTower, OnnxImageEmbedder imageEmbedder,
                    OnnxTextEmbedder textEmbedder) {
    this.directory = directory;
    this.manifest = manifest;
    this.fingerprint = fingerprint;
    this.executionProvider = executionProvider;
    this.imageTower = imageTower;
    this.textTower = textTower;
    this.imageEmbedder = imageEmbedder;
    this.textEmbedder = textEmbedder;
  }

  /**
   * Opens the model in {@code directory}.
   *
   * @throws IllegalArgumentException when the manifest, a file it names, or an ONNX graph does not follow the
   *                                  contract; the message names the file and the field
   * @throws IOException              when a file cannot be read
   */
  public static ClipModel open(Path directory, ModelOptions options) throws IOException {
    ModelManifest manifest = ModelManifest.read(directory);
    ModelFingerprint fingerprint = ModelFingerprint.of(directory, manifest);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OnnxTower imageTower = null;
    OnnxTower textTower = null;
    TextTokenizer tokenizer = null;
    try (OrtSession.SessionOptions sessionOptions = new OrtSession.SessionOptions()) {
      sessionOptions.setIntraOpNumThreads(options.intraOpThreads());
      sessionOptions.setInterOpNumThreads(1);
      sessionOptions.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // Idle intra-op threads sleep instead of spinning: they share the cores with decode workers (indexer) and with
      // the HTTP, Lucene and JSON threads (server). bench/README.md has the measurements behind this.
      sessionOptions.addConfigEntry("session.intra_op.allow_spinning", "0");
      String provider = chooseProvider(sessionOptions, options.device());
      OnnxImageEmbedder images = null;
      OnnxTextEmbedder texts = null;
      if (manifest.image() != null) {
        ImageSpec spec = manifest.image();
        imageTower = OnnxTower.open(env, sessionOptions, directory, spec.onnx(),
            Set.of(new OnnxTower.Port(spec.input(), OnnxJavaType.FLOAT, new long[] {-1, 3, spec.size(), spec.size()})),
            spec.output(), manifest.embeddingDim());
        images = new OnnxImageEmbedder(env, imageTower, spec, manifest.embeddingDim());
      }
      if (manifest.text() != null) {
        TextSpec spec = manifest.text();
        tokenizer = TextTokenizers.load(directory, spec.tokenizer());
        OnnxJavaType idType = spec.inputType() == TextSpec.IdType.INT32 ? OnnxJavaType.INT32 : OnnxJavaType.INT64;
        long[] idShape = {-1, spec.contextLength()};
        Set<OnnxTower.Port> ports = spec.attentionMask() == null
            ? Set.of(new OnnxTower.Port(spec.input(), idType, idShape))
            : Set.of(new OnnxTower.Port(spec.input(), idType, idShape),
                new OnnxTower.Port(spec.attentionMask(), idType, idShape));
        textTower = OnnxTower.open(env, sessionOptions, directory, spec.onnx(), ports, spec.output(),
            manifest.embeddingDim());
        texts = new OnnxTextEmbedder(env, textTower, spec, tokenizer, manifest.embeddingDim());
      }
      LOG.info("model {} ({}) on {}, {} intra-op threads", manifest.name(), fingerprint.shortForm(), provider,
          options.intraOpThreads());
      return new ClipModel(directory, manifest, fingerprint, provider, imageTower, textTower, images, texts);
    } catch (OrtException e) {
      closeQuietly(imageTower);
      closeQuietly(textTower);
      closeQuietly(tokenizer);
      throw new IllegalArgumentException("model " + directory + ": ONNX Runtime cannot load it: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(imageTower);
      closeQuietly(textTower);
      closeQuietly(tokenizer);
      throw e;
    }
  }

  private static String chooseProvider(OrtSession.SessionOptions sessionOptions, ModelOptions.Device device)
      throws OrtException {
    if (device == ModelOptions.Device.CPU) {
      return "CPU";
    }
    boolean cudaBuilt = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    if (cudaBuilt) {
      try {
        sessionOptions.addCUDA(0);
        return "CUDA";
      } catch (OrtException e) {
        if (device == ModelOptions.Device.CUDA) {
          throw e;
        }
        LOG.info("CUDA execution provider present but not usable ({}); using CPU", e.getMessage());
        return "CPU";
      }
    }
    if (device == ModelOptions.Device.CUDA) {
      throw new IllegalArgumentException(
          "CUDA was asked for, but this ONNX Runtime has no CUDA provider: build with the 'gpu' profile (onnxruntime_gpu)");
    }
    return "CPU";
  }

  /** The model directory. */
  public Path directory() {
    return directory;
  }

  /** The validated manifest. */
  public ModelManifest manifest() {
    return manifest;
  }

  /** The digest of manifest and ONNX files that indexes record. */
  public ModelFingerprint fingerprint() {
    return fingerprint;
  }

  /** Dimension of every embedding this model makes. */
  public int embeddingDim() {
    return manifest.embeddingDim();
  }

  /** "CPU" or "CUDA". */
  public String executionProvider() {
    return executionProvider;
  }

  /** True when the model has an image tower. */
  public boolean hasImageTower() {
    return imageEmbedder != null;
  }

  /** True when the model has a text tower. */
  public boolean hasTextTower() {
    return textEmbedder != null;
  }

  /** The image tower; fails when the manifest has none. */
  public ImageEmbedder imageEmbedder() {
    if (imageEmbedder == null) {
      throw new IllegalStateException("model " + manifest.name() + " has no image tower (no 'image' in model.json)");
    }
    return imageEmbedder;
  }

  /** The text tower; fails when the manifest has none. */
  public TextEmbedder textEmbedder() {
    if (textEmbedder == null) {
      throw new IllegalStateException("model " + manifest.name() + " has no text tower (no 'text' in model.json)");
    }
    return textEmbedder;
  }

  /** The tokenizer of the text tower; fails when the manifest has none. */
  public TextTokenizer tokenizer() {
    if (textEmbedder == null) {
      throw new IllegalStateException("model " + manifest.name() + " has no text tower (no 'text' in model.json)");
    }
    return textEmbedder.tokenizer();
  }

  @Override
  public void close() {
    closeQuietly(imageTower);
    closeQuietly(textTower);
    if (textEmbedder != null) {
      closeQuietly(textEmbedder.tokenizer());
    }
  }

  private static void closeQuietly(TextTokenizer tokenizer) {
    if (tokenizer != null) {
      tokenizer.close();
    }
  }

  private static void closeQuietly(OnnxTower tower) {
    if (tower == null) {
      return;
    }
    try {
      tower.close();
    } catch (OrtException e) {
      LOG.warn("closing an ONNX session failed: {}", e.getMessage());
    }
  }
}
