package org.clipsearch.server.page;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders the web jar's Thymeleaf templates ({@code templates/*.html}) into a response, in the request's language
 * ({@link PageLocale}), with the interface text from {@code i18n/messages_*.properties}. Every template gets
 * {@code links} ({@link PageLinks}) and {@code lang} (the language code) besides its own model.
 */
final class PageRenderer {

  private final TemplateEngine engine;

  PageRenderer() {
    var loader = PageRenderer.class.getClassLoader();
    var resolver = new ClassLoaderTemplateResolver(loader);
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessageResolver(loader));
  }

  /** Renders {@code template} with {@code model} as the response body, status unchanged. */
  void render(Context ctx, String template, Map<String, Object> model) {
    var locale = PageLocale.choose(ctx.queryParam("lang"), ctx.header("Accept-Language"));
    var variables = new HashMap<String, Object>(model);
    variables.put("links", PageLinks.of(ctx));
    variables.put("lang", locale.getLanguage());
    variables.put("labels", LabelNames.of(locale));
    ctx.header("Content-Language", locale.getLanguage());
    ctx.header("Vary", "Accept-Language");
    ctx.html(engine.process(template, new org.thymeleaf.context.Context(locale, variables)));
  }

  /**
   * Renders the error page with {@code status}.
   *
   * @param titleKey message key of the page's heading
   * @param detail   what went wrong, as the search service or the validation said it, or null
   */
  void renderError(Context ctx, HttpStatus status, String titleKey, String detail) {
    var model = new HashMap<String, Object>();
    model.put("titleKey", titleKey);
    model.put("detail", detail);
    ctx.status(status);
    render(ctx, "error", model);
  }
}
