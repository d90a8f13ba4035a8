package org.clipsearch.demo.output;

import org.clipsearch.core.label.train.Annotation;
import org.clipsearch.core.label.train.AnnotationsCsv;
import org.clipsearch.core.label.train.Tier;
import org.clipsearch.demo.GroundTruth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annotation file of a generated collection ({@code annotations.csv}, see {@link AnnotationsCsv}), derived from
 * the ground truth as a person annotating the pictures would write it:
 *
 * <ul>
 *   <li>{@code scene}: the picture's scene as its one primary label, tier standard (tiers describe motifs);</li>
 *   <li>{@code motif}: the picture's primary motifs (none for 35% of pictures), its secondary motif (drawn small, at
 *       the edge, partly out of frame) and its tier, which the generator decides with the motifs: canonical (large
 *       and central), standard, or red-flag (small and far, half hidden, or abstracted into blocks).</li>
 * </ul>
 */
public final class DemoAnnotations {

  public static final String FILE = "annotations.csv";

  private DemoAnnotations() {
  }

  /** The annotations of each set, {@code scene} then {@code motif}, paths under {@code out}. */
  public static Map<String, List<Annotation>> of(Path out, List<GroundTruth> truths) {
    var scenes = new ArrayList<Annotation>(truths.size());
    var motifs = new ArrayList<Annotation>(truths.size());
    for (GroundTruth t : truths) {
      Path image = out.resolve(t.path());
      scenes.add(new Annotation(image, List.of(t.scene()), List.of(), Tier.STANDARD));
      Tier tier = t.tier() == null ? Tier.STANDARD : Tier.parse(t.tier());
      motifs.add(new Annotation(image, t.motifs(), t.motifs().isEmpty() ? List.of() : t.secondaryMotifs(), tier));
    }
    var bySet = new LinkedHashMap<String, List<Annotation>>();
    bySet.put("scene", scenes);
    bySet.put("motif", motifs);
    return bySet;
  }

  /** Writes {@code out/annotations.csv} for these pictures. */
  public static Path write(Path out, List<GroundTruth> truths) throws IOException {
    Path file = out.resolve(FILE);
    AnnotationsCsv.write(file, of(out, truths));
    return file;
  }
}
