package org.clipsearch.server.page;

import org.clipsearch.server.search.LabelProbability;
import org.clipsearch.server.search.SearchHit;

import java.util.ArrayList;
import java.util.List;

/**
 * One hit as a card of the results grid: its number in the whole result list and the links it offers.
 *
 * @param number        1-based rank over all pages
 * @param hit           the hit
 * @param href          its detail page
 * @param similarHref   the search for images like it
 * @param duplicateHref the detail page of the higher-ranked hit it duplicates, or null
 */
public record HitCard(int number, SearchHit hit, String href, String similarHref, String duplicateHref) {

  /** The cards of {@code hits}, numbered from {@code firstNumber}. */
  public static List<HitCard> of(List<SearchHit> hits, int firstNumber, PageLinks links) {
    var cards = new ArrayList<HitCard>();
    for (SearchHit hit : hits) {
      cards.add(new HitCard(firstNumber + cards.size(), hit, links.image(hit.id()), links.similar(hit.id()),
          hit.duplicateOf() == null ? null : links.image(hit.duplicateOf())));
    }
    return cards;
  }

  /** The most probable scene, or null when the hit has no scene label. */
  public String topScene() {
    return hit.scenes().isEmpty() ? null : hit.scenes().getFirst().label();
  }

  /** The scene probability of {@link #topScene()}, or 0. */
  public float topSceneProbability() {
    return hit.scenes().isEmpty() ? 0f : hit.scenes().getFirst().probability();
  }

  /** The assigned motifs, most probable first. */
  public List<LabelProbability> motifs() {
    return hit.motifs();
  }
}
