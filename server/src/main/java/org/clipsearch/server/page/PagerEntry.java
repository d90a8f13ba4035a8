package org.clipsearch.server.page;

/**
 * One entry of the pager: a page number, or a gap between numbers.
 *
 * @param number  the page, or 0 for a gap
 * @param href    its link, or null for a gap
 * @param current whether it is the page shown
 */
public record PagerEntry(int number, String href, boolean current) {

  static final PagerEntry GAP = new PagerEntry(0, null, false);

  /** Whether this entry stands for pages left out. */
  public boolean gap() {
    return number == 0;
  }
}
