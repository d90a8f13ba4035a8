package org.clipsearch.demo.eval;

import org.clipsearch.demo.GroundTruth;
import org.clipsearch.demo.world.Motif;
import org.clipsearch.demo.world.ObjectKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The attribute queries of the attribute precision, in one language: one short query per scene ("a photo of a
 * harbour", "een foto van een haven"), per main object kind ("a photo of windmills") and per motif ("a photo of
 * two people shaking hands") of the evaluated
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

  static AttributeQueries of(List<GroundTruth> truths, QueryLanguage language) {
    var texts = new ArrayList<String>();
    var relevant = new ArrayList<Predicate<GroundTruth>>();
    var kinds = new ArrayList<String>();
    Map<String, String> scenes = new TreeMap<>();
    truths.forEach(t -> scenes.put(t.scene(), language.sceneQuery(t)));
    scenes.forEach((scene, query) -> add(truths, texts, relevant, kinds, "scene", query,
        t -> t.scene().equals(scene)));
    for (ObjectKind kind : ObjectKind.values()) {
      add(truths, texts, relevant, kinds, "main object", language.objectQuery(kind),
          t -> t.mainObject().equals(kind.id()));
    }
    for (Motif motif : Motif.values()) {
      add(truths, texts, relevant, kinds, "motif", language.motifQuery(motif),
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
}
