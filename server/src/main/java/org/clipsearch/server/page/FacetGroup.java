package org.clipsearch.server.page;

import java.util.List;

/**
 * One facet of the sidebar: its values with counts, and for motifs the any/all choice.
 *
 * @param name    the facet dimension (scene, motif, collection, decade, licence)
 * @param options its values, most frequent first, selected values without candidates last
 * @param modes   how several selected values combine (motifs only; empty otherwise)
 */
public record FacetGroup(String name, List<FacetOption> options, List<FacetMode> modes) {

  /** Values shown before "more". */
  public static final int SHOWN = 8;

  public FacetGroup {
    options = List.copyOf(options);
    modes = List.copyOf(modes);
  }

  /** The values shown at once. */
  public List<FacetOption> top() {
    return options.subList(0, Math.min(SHOWN, options.size()));
  }

  /** The values behind "more". */
  public List<FacetOption> more() {
    return options.subList(Math.min(SHOWN, options.size()), options.size());
  }

  /** Whether a value behind "more" is selected, so "more" starts open. */
  public boolean moreSelected() {
    return more().stream().anyMatch(FacetOption::selected);
  }
}
