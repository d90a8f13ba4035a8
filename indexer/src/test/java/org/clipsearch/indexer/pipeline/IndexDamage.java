package org.clipsearch.indexer.pipeline;

import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.IndexSchema;
import org.clipsearch.core.index.VectorFormat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Damage done to a real index on disk, as a failing disk or a careless copy does it. */
final class IndexDamage {

  private IndexDamage() {
  }

  /** The files of the index's latest commit, sorted. */
  static List<String> commitFiles(IndexLayout layout) throws IOException {
    try (var directory = FSDirectory.open(layout.lucene())) {
      var files = new ArrayList<>(SegmentInfos.readLatestCommit(directory).files(true));
      files.sort(null);
      return files;
    }
  }

  /** Inverts every bit of the byte in the middle of the file. */
  static void flipMiddleByte(Path file) throws IOException {
    try (var raw = new RandomAccessFile(file.toFile(), "rw")) {
      long at = raw.length() / 2;
      raw.seek(at);
      int value = raw.read();
      raw.seek(at);
      raw.write(~value & 0xFF);
    }
  }

  /** Cuts the file to half its length. */
  static void truncate(Path file) throws IOException {
    try (var raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.setLength(raw.length() / 2);
    }
  }

  /**
   * A copy of the index with a file per part of each segment instead of a compound file, as a large index has: the
   * tiny test collections make segments small enough that Lucene packs them into {@code .cfs} files.
   */
  static IndexLayout separateFiles(IndexLayout layout, VectorFormat format, Path target) throws IOException {
    var merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    var config = IndexSchema.writerConfig(format).setUseCompoundFile(false).setMergePolicy(merges);
    try (var from = FSDirectory.open(layout.lucene()); var reader = DirectoryReader.open(from);
         var to = FSDirectory.open(target.resolve("lucene")); var writer = new IndexWriter(to, config)) {
      var segments = new ArrayList<CodecReader>();
      reader.leaves().forEach(leaf -> segments.add((CodecReader) leaf.reader()));
      writer.addIndexes(segments.toArray(CodecReader[]::new));
      writer.setLiveCommitData(reader.getIndexCommit().getUserData().entrySet());
      writer.commit();
    }
    return new IndexLayout(target);
  }

  /** A copy of the index folder, to damage without touching the original. */
  static IndexLayout copy(IndexLayout layout, Path target) throws IOException {
    Files.createDirectories(target.resolve("lucene"));
    try (Stream<Path> files = Files.list(layout.lucene())) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve("lucene").resolve(file.getFileName()));
      }
    }
    return new IndexLayout(target);
  }
}
