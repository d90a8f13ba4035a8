package org.clipsearch.server.search;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.clipsearch.server.error.ApiException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@link SearchRequest} from the query string and, for POST, the form (URL-encoded or multipart with the
 * {@code image} file). Each parameter is checked here, at the boundary; a bad one is a
 * {@link BadParameterException} naming it. List parameters ({@code scene}, {@code motif}, {@code collection},
 * {@code licence}) may repeat and may hold comma-separated values.
 */
public final class SearchParams {

  /** Hits per page unless asked otherwise. */
  public static final int DEFAULT_SIZE = 20;
  private static final int MAX_YEAR = 9999;
  private static final float MAX_WEIGHT = 100f;
  /** Room for the form fields beside an upload. */
  public static final long FORM_BYTES = 1024 * 1024;
  private static final String UNREADABLE_FORM = "the form could not be read: it is malformed or truncated, or its "
      + "multipart boundary is missing";

  private final Context ctx;
  private final SearchLimits limits;
  private final Map<String, List<String>> params;

  private SearchParams(Context ctx, SearchLimits limits) {
    this.ctx = ctx;
    this.limits = limits;
    this.params = new LinkedHashMap<>(ctx.queryParamMap());
    if (ctx.isMultipartFormData() || ctx.isFormUrlencoded()) {
      if (ctx.req().getContentLengthLong() > limits.maxUploadBytes() + FORM_BYTES) {
        throw tooLarge();
      }
      form().forEach((name, values) -> params.merge(name, values, (a, b) -> {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
      }));
    }
  }

  private Map<String, List<String>> form() {
    try {
      return ctx.formParamMap();
    } catch (Exception e) {
      throw new BadParameterException("image", UNREADABLE_FORM);
    }
  }

  /**
   * The search the request asks for.
   *
   * @param maxSize the largest page size allowed (larger for exports)
   * @param like    the id of the image to search like, overriding the {@code like} parameter, or null
   * @throws BadParameterException naming the first bad parameter
   */
  public static SearchRequest read(Context ctx, SearchLimits limits, int maxSize, String like) {
    return new SearchParams(ctx, limits).request(maxSize, like);
  }

  private SearchRequest request(int maxSize, String likeOverride) {
    String text = text("q");
    String like = likeOverride != null ? likeOverride : one("like");
    String not = text("not");
    String keywords = text("keywords");
    byte[] image = upload();
    if (text == null && image == null && like == null && keywords == null) {
      throw new BadParameterException("q", "a search needs q, image, like or keywords");
    }
    if (image != null && like != null) {
      throw new BadParameterException("like", "give image or like, not both");
    }
    if (not != null && text == null && image == null && like == null) {
      throw new BadParameterException("not", "not pushes a query away: give q, image or like with it");
    }
    int size = integer("size", DEFAULT_SIZE, 1, maxSize);
    int page = integer("page", 1, 1, limits.candidateLimit());
    if ((long) page * size > limits.candidateLimit()) {
      throw new BadParameterException("page", "page " + page + " of size " + size + " lies beyond the "
          + limits.candidateLimit() + " candidates a search ranks");
    }
    Integer yearFrom = year("year_from");
    Integer yearTo = year("year_to");
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new BadParameterException("year_from", "year_from " + yearFrom + " is after year_to " + yearTo);
    }
    var filters = new SearchFilters(list("scene"), list("motif"), motifMode(), list("collection"), text("creator"),
        list("licence"), yearFrom, yearTo);
    return new SearchRequest(text, image, like, weight("text_weight"), weight("image_weight"), not, filters,
        keywords, sort(), page, size, decimal("min_score", -1f, 1f, false), decimal("cutoff", 0f, 1f, true));
  }

  private String one(String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst().orElse(null);
  }

  private String text(String name) {
    String value = one(name);
    if (value != null && value.length() > limits.maxTextLength()) {
      throw new BadParameterException(name, name + " is " + value.length() + " characters long, at most "
          + limits.maxTextLength() + " are read");
    }
    return value;
  }

  private List<String> list(String name) {
    return params.getOrDefault(name, List.of()).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }

  private int integer(String name, int absent, int min, int max) {
    String value = one(name);
    if (value == null) {
      return absent;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, name + " must be a whole number between " + min + " and " + max
          + ", got '" + value + "'");
    }
    throw new BadParameterException(name, name + " must be between " + min + " and " + max + ", got " + value);
  }

  private Integer year(String name) {
    return one(name) == null ? null : integer(name, 0, -MAX_YEAR, MAX_YEAR);
  }

  private float weight(String name) {
    Float weight = decimal(name, 0f, MAX_WEIGHT, false);
    return weight == null ? 1f : weight;
  }

  private Float decimal(String name, float min, float max, boolean exclusiveMin) {
    String value = one(name);
    if (value == null) {
      return null;
    }
    String range = (exclusiveMin ? "above " + min + " and up to " : "between " + min + " and ") + max;
    float parsed;
    try {
      parsed = Float.parseFloat(value);
    } catch (NumberFormatException e) {
      throw new BadParameterException(name, name + " must be a number " + range + ", got '" + value + "'");
    }
    boolean aboveMin = exclusiveMin ? parsed > min : parsed >= min;
    if (!aboveMin || !(parsed <= max)) {
      throw new BadParameterException(name, name + " must be a number " + range + ", got " + value);
    }
    return parsed;
  }

  private SearchFilters.MotifMode motifMode() {
    String value = one("motif_mode");
    return value == null ? SearchFilters.MotifMode.ANY : choice("motif_mode", value, SearchFilters.MotifMode.class);
  }

  private SearchRequest.Sort sort() {
    String value = one("sort");
    return value == null ? SearchRequest.Sort.RELEVANCE : choice("sort", value, SearchRequest.Sort.class);
  }

  /** The enum constant named {@code value} (case-insensitive). */
  static <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new BadParameterException(name, name + " must be one of " + Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + value + "'");
  }

  private byte[] upload() {
    if (!ctx.isMultipartFormData()) {
      if (one("image") != null) {
        throw new BadParameterException("image", "image must be a file sent as multipart/form-data");
      }
      return null;
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile("image");
    } catch (Exception e) {
      throw new BadParameterException("image", UNREADABLE_FORM);
    }
    if (file == null) {
      return null;
    }
    if (file.size() > limits.maxUploadBytes()) {
      throw tooLarge();
    }
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) limits.maxUploadBytes() + 1);
      if (bytes.length > limits.maxUploadBytes()) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload failed", e);
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "image", "the uploaded image is larger than " + limits.maxUploadBytes()
        + " bytes");
  }
}
