package org.clipsearch.indexer.pipeline;

import org.clipsearch.core.index.IndexCorruptedException;
import org.clipsearch.core.index.IndexIntegrity;
import org.clipsearch.core.index.IndexLayout;
import org.clipsearch.core.index.VectorFormat;
import org.clipsearch.indexer.relabel.Relabeller;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DamagedIndexTest extends TinyModelTest {

  private Path images;

  /** The index as the pipeline builds it from six images: one compound segment. */
  private IndexLayout built() throws Exception {
    images = Files.createDirectories(dir.resolve("images"));
    TestCollection.images(images, 6);
    IngestReport report = ingest(dir.resolve("index"));
    assertThat(report.indexed()).isEqualTo(6);
    return new IndexLayout(dir.resolve("index"));
  }

  /** The same documents in a file per part of the segment. */
  private IndexLayout separate() throws Exception {
    return IndexDamage.separateFiles(built(), VectorFormat.of(VectorFormat.Encoding.FLOAT), dir.resolve("separate"));
  }

  private IngestReport ingest(Path index) throws Exception {
    return new IngestPipeline(model).run(IngestSettings.of(images, "test").withIndex(index).withThreads(2, 1)
        .withForceMerge(true), IngestListener.NONE);
  }

  private static String fileEndingIn(IndexLayout layout, String suffix) throws Exception {
    return IndexDamage.commitFiles(layout).stream().filter(f -> f.endsWith(suffix)).findFirst().orElseThrow();
  }

  @Test
  void a_flipped_byte_in_any_file_of_the_commit_is_found_by_the_full_check_naming_the_file() throws Exception {
    IndexLayout separate = separate();
    IndexLayout compound = new IndexLayout(dir.resolve("index"));
    List<String> parts = IndexDamage.commitFiles(separate);
    assertThat(parts).anyMatch(f -> f.endsWith(".vec")).anyMatch(f -> f.endsWith(".vex"))
        .anyMatch(f -> f.endsWith(".fdt")).anyMatch(f -> f.endsWith(".tim")).anyMatch(f -> f.endsWith(".dvd"))
        .anyMatch(f -> f.endsWith(".fnm")).anyMatch(f -> f.startsWith("segments_")).anyMatch(f -> f.endsWith(".si"));
    assertThat(IndexDamage.commitFiles(compound)).anyMatch(f -> f.endsWith(".cfs")).anyMatch(f -> f.endsWith(".cfe"));

    for (IndexLayout intact : List.of(separate, compound)) {
      for (String file : IndexDamage.commitFiles(intact)) {
        IndexLayout damaged = IndexDamage.copy(intact, dir.resolve(intact.root().getFileName() + "-" + file));
        IndexDamage.flipMiddleByte(damaged.lucene().resolve(file));

        assertThatThrownBy(() -> IndexIntegrity.verify(damaged, IndexIntegrity.Depth.FULL)).as(file)
            .isInstanceOfSatisfying(IndexCorruptedException.class, e -> assertThat(e.file()).isEqualTo(file))
            .hasMessageContaining("is damaged: " + file + ": ")
            .hasMessageContaining("delete " + damaged.lucene() + " and run `clipsearch index` again")
            .hasMessageContaining("CheckIndex -exorcise");
      }
      assertThat(IndexIntegrity.verify(intact, IndexIntegrity.Depth.FULL).files())
          .isEqualTo(IndexDamage.commitFiles(intact).size());
    }
  }

  @Test
  void opening_finds_damaged_small_files_but_only_the_full_check_reads_the_vectors() throws Exception {
    IndexLayout intact = separate();
    String vectors = fileEndingIn(intact, ".vec");
    IndexLayout flipped = IndexDamage.copy(intact, dir.resolve("flipped"));
    IndexDamage.flipMiddleByte(flipped.lucene().resolve(vectors));

    for (String file : IndexDamage.commitFiles(intact)) {
      if (file.startsWith("segments_") || file.endsWith(".si") || file.endsWith(".fnm") || file.endsWith(".vem")) {
        IndexLayout damaged = IndexDamage.copy(intact, dir.resolve("small-" + file));
        IndexDamage.flipMiddleByte(damaged.lucene().resolve(file));
        assertThatThrownBy(() -> IndexIntegrity.verify(damaged, IndexIntegrity.Depth.OPEN)).as(file)
            .isInstanceOfSatisfying(IndexCorruptedException.class, e -> assertThat(e.file()).isEqualTo(file));
      }
    }
    assertThat(IndexIntegrity.verify(flipped, IndexIntegrity.Depth.OPEN).files()).isPositive();
    assertThatThrownBy(() -> IndexIntegrity.verify(flipped, IndexIntegrity.Depth.FULL))
        .isInstanceOfSatisfying(IndexCorruptedException.class, e -> assertThat(e.file()).isEqualTo(vectors));
  }

  @Test
  void an_ingest_refuses_a_truncated_or_missing_file_and_leaves_the_index_as_it_was() throws Exception {
    IndexLayout intact = separate();
    List<String> files = IndexDamage.commitFiles(intact);
    String stored = fileEndingIn(intact, ".fdt");
    String info = fileEndingIn(intact, ".si");
    IndexLayout truncated = IndexDamage.copy(intact, dir.resolve("truncated"));
    IndexDamage.truncate(truncated.lucene().resolve(stored));
    IndexLayout missing = IndexDamage.copy(intact, dir.resolve("missing"));
    Files.delete(missing.lucene().resolve(info));

    assertThatThrownBy(() -> ingest(truncated.root()))
        .isInstanceOfSatisfying(IndexCorruptedException.class, e -> assertThat(e.file()).isEqualTo(stored));
    assertThatThrownBy(() -> ingest(missing.root())).isInstanceOf(IndexCorruptedException.class)
        .hasMessageContaining("is damaged: " + info + ": missing");
    assertThat(IndexDamage.commitFiles(truncated)).isEqualTo(files);
    assertThat(Files.size(truncated.lucene().resolve(stored)))
        .isEqualTo(Files.size(intact.lucene().resolve(stored)) / 2);
    assertThat(ingest(intact.root()).unchanged()).isEqualTo(6);
  }

  @Test
  void relabelling_checks_every_checksum_before_it_writes_vectors_back() throws Exception {
    IndexLayout intact = separate();
    String vectors = fileEndingIn(intact, ".vec");
    IndexLayout flipped = IndexDamage.copy(intact, dir.resolve("flipped"));
    IndexDamage.flipMiddleByte(flipped.lucene().resolve(vectors));

    assertThatThrownBy(() -> Relabeller.run(flipped, model))
        .isInstanceOfSatisfying(IndexCorruptedException.class, e -> assertThat(e.file()).isEqualTo(vectors));
    assertThat(IndexDamage.commitFiles(flipped)).isEqualTo(IndexDamage.commitFiles(intact));
    assertThat(Relabeller.run(intact, model).documents()).isEqualTo(6);
  }
}
