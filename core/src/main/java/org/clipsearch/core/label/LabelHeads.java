package org.clipsearch.core.label;

import org.clipsearch.core.model.ClipModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the label heads of a model directory. */
public final class LabelHeads {

  /** The folder of zero-shot prompt sets inside a model directory. */
  public static final String PROMPTS_DIR = "prompts";

  private static final Logger LOG = LoggerFactory.getLogger(LabelHeads.class);

  private LabelHeads() {
  }

  /**
   * The model's heads, one per label set, sorted by name: a zero-shot {@link PromptHead} for each
   * {@code prompts/<set>.tsv}. A model without a text tower has no zero-shot heads.
   *
   * @throws IllegalArgumentException when a prompt file is malformed (the message names file and line)
   */
  public static List<LabelHead> load(ClipModel model) throws IOException {
    Path prompts = model.directory().resolve(PROMPTS_DIR);
    if (!Files.isDirectory(prompts)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(prompts)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(PromptSetFile.SUFFIX)).sorted().toList();
    }
    if (files.isEmpty()) {
      return List.of();
    }
    if (!model.hasTextTower()) {
      LOG.warn("model {} has prompt sets in {} but no text tower: no zero-shot labels", model.manifest().name(),
          prompts);
      return List.of();
    }
    var heads = new ArrayList<LabelHead>();
    for (Path file : files) {
      PromptSetFile set = PromptSetFile.read(file);
      heads.add(PromptHead.of(set, model.textEmbedder(), model.manifest().logitScale()));
      LOG.info("label set {}: {} labels from {}", set.name(), set.labelSet().size(), file);
    }
    return List.copyOf(heads);
  }
}
