package org.clipsearch.core.model.install;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One way real CLIP exports lay out their files: {@link ImmichLayout}, {@link HuggingFaceLayout},
 * {@link OpenClipLayout}. Each reads its tower files, its own preprocessing and model configs and its tokenizer,
 * and refuses, naming the file and the field, what it does not understand.
 */
interface ExportLayout {

  /** The layouts, in the order they are tried (Immich's sub-folders first, OpenCLIP's plain names last). */
  List<ExportLayout> ALL = List.of(new ImmichLayout(), new HuggingFaceLayout(), new OpenClipLayout());

  /** How messages and the installed README call this layout. */
  String name();

  /** Where this layout puts the image tower, most usual first. */
  List<String> visualPaths();

  /** Where this layout puts the text tower, most usual first. */
  List<String> textualPaths();

  /** The tower files this layout is recognised by, for messages. */
  default String towerFiles() {
    return visualPaths().getFirst() + ", " + textualPaths().getFirst();
  }

  /** Whether {@code root} holds this layout's tower files. */
  default boolean recognises(Path root) {
    return ExportFiles.first(root, visualPaths()).or(() -> ExportFiles.first(root, textualPaths())).isPresent();
  }

  /** The export in {@code root}, which {@link #recognises} it. */
  ExportFiles read(Path root) throws IOException;
}
