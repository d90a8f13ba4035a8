package org.clipsearch.core.label.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationsCsvTest {

  @TempDir
  Path dir;

  @Test
  void rows_of_the_asked_set_are_read_with_labels_secondary_labels_and_the_highest_tier() throws Exception {
    Path file = dir.resolve("annotations.csv");
    Files.writeString(file, """
        path,set,primary,secondary,tier
        img/1.jpg,scene,haven,,
        img/1.jpg,motif,Hug|Kiss,Brawl,red-flag|canonical
        img/2.jpg,motif,,,
        "img/3 b.jpg",motif,"Woman in the Window",,Red_Flag
        """);

    List<Annotation> motifs = AnnotationsCsv.read(file, "motif");

    assertThat(motifs).containsExactly(
        new Annotation(dir.resolve("img/1.jpg"), List.of("Hug", "Kiss"), List.of("Brawl"), Tier.CANONICAL),
        new Annotation(dir.resolve("img/2.jpg"), List.of(), List.of(), Tier.STANDARD),
        new Annotation(dir.resolve("img/3 b.jpg"), List.of("Woman in the Window"), List.of(), Tier.RED_FLAG));
    assertThat(AnnotationsCsv.sets(file)).containsExactly("motif", "scene");
  }

  @Test
  void what_is_written_reads_back() throws Exception {
    Path file = dir.resolve("out.csv");
    var bySet = new LinkedHashMap<String, List<Annotation>>();
    bySet.put("motif", List.of(new Annotation(dir.resolve("a/b.png"), List.of("Line"), List.of("Hug"), Tier.CANONICAL),
        new Annotation(dir.resolve("c.png"), List.of(), List.of(), Tier.STANDARD)));
    AnnotationsCsv.write(file, bySet);

    assertThat(AnnotationsCsv.read(file, "motif")).isEqualTo(bySet.get("motif"));
    assertThat(Files.readAllLines(file).get(1)).isEqualTo("a/b.png,motif,Line,Hug,canonical");
  }

  @Test
  void malformed_rows_are_refused_naming_the_file_and_line() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "path,set,primary,secondary,tier\na.jpg,motif,Hug|Kiss,,canonical|standard|red-flag\n");
    assertThatThrownBy(() -> AnnotationsCsv.read(file, "motif")).hasMessageContaining("line 2")
        .hasMessageContaining("3 tiers for 2 primary labels");
    Files.writeString(file, "path,set,primary,secondary,tier\na.jpg,motif,Hug,Hug,\n");
    assertThatThrownBy(() -> AnnotationsCsv.read(file, "motif")).hasMessageContaining("both primary and secondary");
    Files.writeString(file, "path,set,primary,secondary,tier\na.jpg,motif,Hug,,famous\n");
    assertThatThrownBy(() -> AnnotationsCsv.read(file, "motif")).hasMessageContaining("canonical, standard or red-flag");
    Files.writeString(file, "path,labels\na.jpg,Hug\n");
    assertThatThrownBy(() -> AnnotationsCsv.read(file, "motif")).hasMessageContaining("column 'set' is missing");
  }

  @Test
  void a_set_the_file_does_not_annotate_is_refused_naming_the_sets_it_has() throws Exception {
    Path file = dir.resolve("scenes.csv");
    Files.writeString(file, "path,set,primary,secondary,tier\na.jpg,scene,haven,,\n");
    assertThatThrownBy(() -> AnnotationsCsv.read(file, "motif")).hasMessageContaining("no annotations for label set"
        + " 'motif'").hasMessageContaining("[scene]");
  }
}
