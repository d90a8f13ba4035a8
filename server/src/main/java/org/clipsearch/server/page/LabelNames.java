package org.clipsearch.server.page;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words a label is shown as in the page's language, from the web jar's {@code i18n/labels_*.properties}:
 * {@code name("scene", "trein_station")} is "train station" in English and "treinstation" in Dutch, motif "Hug" is
 * "Omhelzing" in Dutch. The key stays what URLs, the API and exports carry; a key without words (another model's
 * labels, a collection name) is shown as it is.
 */
public final class LabelNames {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;

  private LabelNames(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The names in {@code locale}'s language; keys only when the web jar has none for it. */
  public static LabelNames of(Locale locale) {
    try {
      return new LabelNames(ResourceBundle.getBundle("i18n.labels", locale, NO_FALLBACK));
    } catch (MissingResourceException e) {
      return new LabelNames(null);
    }
  }

  /** The words for label {@code key} of label set {@code set}; the key itself when there are none; null for null. */
  public String name(String set, String key) {
    String entry = "label." + set + "." + key;
    return key == null || bundle == null || !bundle.containsKey(entry) ? key : bundle.getString(entry);
  }
}
