package org.clipsearch.server.search;

import java.util.List;
import java.util.Objects;

/**
 * What a hit must be: every filter goes inside the vector search, so a page is full whenever enough images match.
 * Empty lists and null bounds mean "no filter". Values within one list are alternatives ("or"), except motifs with
 * {@link MotifMode#ALL}.
 *
 * @param scenes      scene labels, any of them
 * @param motifs      motif labels, combined as {@code motifMode} says
 * @param motifMode   whether a hit needs any or all of {@code motifs}
 * @param collections collection names, any of them
 * @param creator     words the creator field must contain, or null
 * @param licences    licences, any of them
 * @param yearFrom    earliest year, inclusive, or null
 * @param yearTo      latest year, inclusive, or null
 */
public record SearchFilters(List<String> scenes, List<String> motifs, MotifMode motifMode, List<String> collections,
                            String creator, List<String> licences, Integer yearFrom, Integer yearTo) {

  /** No filter at all. */
  public static final SearchFilters NONE =
      new SearchFilters(List.of(), List.of(), MotifMode.ANY, List.of(), null, List.of(), null, null);

  /** How several motifs combine. */
  public enum MotifMode { ANY, ALL }

  public SearchFilters {
    scenes = List.copyOf(scenes);
    motifs = List.copyOf(motifs);
    Objects.requireNonNull(motifMode, "motifMode");
    collections = List.copyOf(collections);
    licences = List.copyOf(licences);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("year_from " + yearFrom + " is after year_to " + yearTo);
    }
  }

  /** Whether no filter is set. */
  public boolean isEmpty() {
    return scenes.isEmpty() && motifs.isEmpty() && collections.isEmpty() && creator == null && licences.isEmpty()
        && yearFrom == null && yearTo == null;
  }
}
