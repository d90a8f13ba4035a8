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

  /** The tower files this layout is recognised by, for messages. */
  String towerFiles();

  /** Whether {@code root} holds this layout's tower files. */
  boolean recognises(Path root);

  /** The export in {@code root}, which {@link #recognises} it. */
  ExportFiles read(Path root) throws IOException;
}
