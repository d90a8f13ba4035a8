package org.clipsearch.server.page;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under the results: previous, the first and last page, the pages around the current one, next.
 * Pages run over the candidates the search found ({@code totalCandidates}), {@code size} to a page.
 *
 * @param entries  the numbered links with gaps
 * @param previous the previous page, or null on the first
 * @param next     the next page, or null on the last
 * @param current  the page shown
 * @param last     the last page
 */
public record Pager(List<PagerEntry> entries, String previous, String next, int current, int last) {

  private static final int AROUND = 2;

  public Pager {
    entries = List.copyOf(entries);
  }

  /** The pager of page {@code page} (1-based) of a search with {@code totalCandidates} candidates. */
  public static Pager of(int page, int size, int totalCandidates, QueryString query, PageLinks links) {
    var last = Math.max(1, (totalCandidates + size - 1) / size);
    var current = Math.min(Math.max(1, page), last);
    var entries = new ArrayList<PagerEntry>();
    for (int n = 1; n <= last; n++) {
      if (n == 1 || n == last || Math.abs(n - current) <= AROUND) {
        entries.add(new PagerEntry(n, href(n, query, links), n == current));
      } else if (!entries.getLast().gap()) {
        entries.add(PagerEntry.GAP);
      }
    }
    return new Pager(entries, current > 1 ? href(current - 1, query, links) : null,
        current < last ? href(current + 1, query, links) : null, current, last);
  }

  /** Whether there is more than one page. */
  public boolean several() {
    return last > 1;
  }

  private static String href(int n, QueryString query, PageLinks links) {
    return links.search(n == 1 ? query.without("page") : query.set("page", Integer.toString(n)));
  }
}
