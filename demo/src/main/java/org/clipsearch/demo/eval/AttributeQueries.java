package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ObjectKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The attribute queries of the attribute precision: one short query per scene ("a photo of a harbour"), per main
 * object kind ("a photo of windmills") and per motif ("a photo of two people shaking hands") of the evaluated
 * collection, each with the pictures that have that attribute in their ground truth (the scene, the main object,
 * the motif among the primary motifs). Only attributes with at least ten pictures are asked, so that a perfect
 * answer fills the top ten.
 *
 * <p>Why not one query per caption, judged on scene, main object and motif together: in the demo world a
 * (scene, main object, motif) triple has about three pictures in 2,000, so no ranking could fill a top ten with
 * them; the figure would measure the collection, not the model.
 */
record AttributeQueries(List<String> texts, List<Predicate<GroundTruth>> relevant, List<String> kinds) {

  static final int MIN_PICTURES = 10;

  static AttributeQueries of(List<GroundTruth> truths) {
    var texts = new ArrayList<String>();
    var relevant = new ArrayList<Predicate<GroundTruth>>();
    var kinds = new ArrayList<String>();
    Map<String, String> scenes = new TreeMap<>();
    truths.forEach(t -> scenes.put(t.scene(), t.sceneEn()));
    scenes.forEach((scene, english) -> add(truths, texts, relevant, kinds, "scene",
        "a photo of " + article(english) + " " + english, t -> t.scene().equals(scene)));
    for (ObjectKind kind : ObjectKind.values()) {
      add(truths, texts, relevant, kinds, "main object", "a photo of " + kind.noun(2),
          t -> t.mainObject().equals(kind.id()));
    }
    for (Motif motif : Motif.values()) {
      add(truths, texts, relevant, kinds, "motif", "a photo of " + motif.phrases().getFirst(),
          t -> t.motifs().contains(motif.label()));
    }
    return new AttributeQueries(List.copyOf(texts), List.copyOf(relevant), List.copyOf(kinds));
  }

  private static void add(List<GroundTruth> truths, List<String> texts, List<Predicate<GroundTruth>> relevant,
                          List<String> kinds, String kind, String text, Predicate<GroundTruth> has) {
    if (truths.stream().filter(has).count() >= MIN_PICTURES) {
      texts.add(text);
      relevant.add(has);
      kinds.add(kind);
    }
  }

  private static String article(String word) {
    return Arrays.asList('a', 'e', 'i', 'o', 'u').contains(Character.toLowerCase(word.charAt(0))) ? "an" : "a";
  }
}
