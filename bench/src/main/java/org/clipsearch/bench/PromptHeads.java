package org.clipsearch.bench;

import org.clipsearch.core.label.LabelHead;
import org.clipsearch.core.label.LabelHeads;
import org.clipsearch.core.label.PromptHead;
import org.clipsearch.core.label.PromptSetFile;
import org.clipsearch.core.model.ClipModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Label heads for a model that has no prompt sets of its own (the random ViT-B/32): the prompt sets of another
 * model directory, embedded with this model's text tower, so that its ingest labels every image as a real one
 * would. What the labels say does not matter here; what scoring them costs does.
 */
final class PromptHeads {

  private PromptHeads() {
  }

  /** The model's own heads when it has prompt sets, else those of {@code borrowFrom}. */
  static List<LabelHead> forModel(ClipModel model, Path borrowFrom) throws IOException {
    List<LabelHead> own = LabelHeads.load(model);
    if (!own.isEmpty() || borrowFrom == null) {
      return own;
    }
    Path prompts = borrowFrom.resolve(LabelHeads.PROMPTS_DIR);
    List<Path> files;
    try (Stream<Path> listing = Files.list(prompts)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(PromptSetFile.SUFFIX)).sorted().toList();
    }
    var heads = new ArrayList<LabelHead>();
    for (Path file : files) {
      heads.add(PromptHead.of(PromptSetFile.read(file), model.textEmbedder(), model.manifest().logitScale()));
    }
    return List.copyOf(heads);
  }
}
