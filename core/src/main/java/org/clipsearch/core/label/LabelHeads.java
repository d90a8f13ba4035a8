package org.clipsearch.core.label;

import org.clipsearch.core.model.ClipModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the label heads of a model directory: trained heads in {@code heads/<set>.json} and zero-shot prompt sets
 * in {@code prompts/<set>.tsv}. A trained head wins over a prompt set of the same name.
 */
public final class LabelHeads {

  /** The folder of zero-shot prompt sets inside a model directory. */
  public static final String PROMPTS_DIR = "prompts";

  private static final Logger LOG = LoggerFactory.getLogger(LabelHeads.class);

  private LabelHeads() {
  }

  /**
   * The model's heads, one per label set, sorted by name: the trained head of {@code heads/<set>.json} where there
   * is one, else a zero-shot {@link PromptHead} for {@code prompts/<set>.tsv}. A model without a text tower has no
   * zero-shot heads.
   *
   * @throws IllegalArgumentException when a prompt or head file is malformed (the message names the file)
   * @throws IllegalStateException    when a head file was trained for another model
   */
  public static List<LabelHead> load(ClipModel model) throws IOException {
    var heads = new TreeMap<String, LabelHead>();
    for (Path file : files(model.directory().resolve(HeadFile.HEADS_DIR), HeadFile.SUFFIX)) {
      HeadFile head = HeadFile.read(file);
      head.requireModel(model, file);
      String expected = stem(file, HeadFile.SUFFIX);
      if (!head.head().labelSet().name().equals(expected)) {
        throw new IllegalArgumentException(file + " holds a head for label set '" + head.head().labelSet().name()
            + "'; a head file is named after its set: " + head.head().labelSet().name() + HeadFile.SUFFIX);
      }
      heads.put(head.head().labelSet().name(), head.head());
      LOG.info("label set {}: trained {} head, {} labels, from {}", head.head().labelSet().name(), head.kind(),
          head.head().labelSet().size(), file);
    }
    heads.putAll(promptHeads(model, heads.keySet()));
    return List.copyOf(heads.values());
  }

  /**
   * The labels of the model's prompt set {@code set}, in its order, read from {@code prompts/<set>.tsv} without
   * embedding a prompt; empty when the model has no such set.
   */
  public static Optional<LabelSet> promptLabelSet(ClipModel model, String set) throws IOException {
    Path file = model.directory().resolve(PROMPTS_DIR).resolve(set + PromptSetFile.SUFFIX);
    return Files.isRegularFile(file) ? Optional.of(PromptSetFile.read(file).labelSet()) : Optional.empty();
  }

  /** The zero-shot heads of the model's prompt sets only, by set name (for comparing them with trained heads). */
  public static Map<String, LabelHead> promptHeads(ClipModel model) throws IOException {
    return promptHeads(model, Set.of());
  }

  /** The zero-shot heads of the prompt sets, but for the sets in {@code trained}: their files are only checked. */
  private static Map<String, LabelHead> promptHeads(ClipModel model, Set<String> trained) throws IOException {
    Path prompts = model.directory().resolve(PROMPTS_DIR);
    List<Path> files = files(prompts, PromptSetFile.SUFFIX);
    var heads = new TreeMap<String, LabelHead>();
    if (files.isEmpty()) {
      return heads;
    }
    if (!model.hasTextTower()) {
      LOG.warn("model {} has prompt sets in {} but no text tower: no zero-shot labels", model.manifest().name(),
          prompts);
      return heads;
    }
    for (Path file : files) {
      PromptSetFile set = PromptSetFile.read(file);
      if (trained.contains(set.name())) {
        continue;
      }
      heads.put(set.name(), PromptEmbeddingCache.head(set, file, model));
      LOG.info("label set {}: {} labels from {}", set.name(), set.labelSet().size(), file);
    }
    return heads;
  }

  /**
   * What labels each set of the model, as {@link #load} chooses: {@code head sha256:...} for a trained head file,
   * {@code prompts sha256:...} for a prompt set, by the file's SHA-256; what an index records of its labels.
   */
  public static Map<String, String> provenance(ClipModel model) throws IOException {
    var provenance = new TreeMap<String, String>();
    if (model.hasTextTower()) {
      for (Path file : files(model.directory().resolve(PROMPTS_DIR), PromptSetFile.SUFFIX)) {
        provenance.put(stem(file, PromptSetFile.SUFFIX), "prompts " + HeadFile.digest(file));
      }
    }
    for (Path file : files(model.directory().resolve(HeadFile.HEADS_DIR), HeadFile.SUFFIX)) {
      provenance.put(stem(file, HeadFile.SUFFIX), "head " + HeadFile.digest(file));
    }
    return provenance;
  }

  private static String stem(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      return new ArrayList<>(listing.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList());
    }
  }
}
