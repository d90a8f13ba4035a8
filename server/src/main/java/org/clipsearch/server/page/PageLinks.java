package org.clipsearch.server.page;

import io.javalin.http.Context;
import org.clipsearch.server.image.ImageUrls;

/**
 * The URLs one page links to. A language chosen with {@code ?lang=} travels with every link, so a visitor who
 * switched to Dutch stays in Dutch; otherwise the browser's language decides on each page.
 *
 * @param path  the path of the page being rendered
 * @param query its query parameters
 * @param lang  the language asked for with {@code ?lang=}, or null
 */
public record PageLinks(String path, QueryString query, String lang) {

  /** The links of the page a request asks for. */
  public static PageLinks of(Context ctx) {
    return of(ctx.path(), QueryString.of(ctx.queryParamMap()));
  }

  /** The links of the page at {@code path} with {@code query}. */
  public static PageLinks of(String path, QueryString query) {
    var asked = PageLocale.supported(query.first("lang"));
    return new PageLinks(path, query, asked == null ? null : asked.getLanguage());
  }

  /** The home page. */
  public String home() {
    return "/" + suffix(QueryString.empty());
  }

  /** The results page for {@code search} (which carries the language when the current page does). */
  public String search(QueryString search) {
    return "/search" + suffix(search);
  }

  /** The detail page of an image. */
  public String image(String id) {
    return "/images/" + idSegment(id) + suffix(QueryString.empty());
  }

  /** The results of "more like this image". */
  public String similar(String id) {
    return search(QueryString.empty().set("like", id));
  }

  /** This page in another language. */
  public String language(String code) {
    return path + "?" + query.set("lang", code).encode();
  }

  /** {@code search} with this page's language added when one was asked for. */
  public QueryString withLang(QueryString search) {
    return lang == null ? search : search.set("lang", lang);
  }

  /** An image id as one path segment, as the server encodes ids: the slashes of its path escaped. */
  static String idSegment(String id) {
    return ImageUrls.segment(id);
  }

  private String suffix(QueryString search) {
    var encoded = withLang(search).encode();
    return encoded.isEmpty() ? "" : "?" + encoded;
  }
}
