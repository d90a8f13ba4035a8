package org.clipsearch.server.page;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves {@code #{key}} in the templates from one shared properties bundle per language ({@code i18n/messages_en},
 * {@code i18n/messages_nl} in the web jar), formatted with {@link MessageFormat} in the page's locale. A missing key
 * shows as {@code ??key_lang??}, as Thymeleaf's own resolver does, so a gap is visible on the page and in tests.
 */
final class BundleMessageResolver implements IMessageResolver {

  private static final String BASE_NAME = "i18n/messages";

  private final ClassLoader classLoader;

  BundleMessageResolver(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public String getName() {
    return "clipsearch-bundle";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return message(context.getLocale(), key, messageParameters);
  }

  /** The message {@code key} in {@code locale} with its parameters filled in, or null when there is none. */
  String message(Locale locale, String key, Object... parameters) {
    try {
      var bundle = ResourceBundle.getBundle(BASE_NAME, locale, classLoader,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      return new MessageFormat(bundle.getString(key), locale).format(parameters == null ? new Object[0] : parameters);
    } catch (MissingResourceException missing) {
      return null;
    }
  }

  @Override
  public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                  Object[] messageParameters) {
    return "??" + key + "_" + context.getLocale().getLanguage() + "??";
  }
}
