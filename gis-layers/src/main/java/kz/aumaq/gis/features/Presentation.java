package kz.aumaq.gis.features;

import kz.aumaq.gis.text.Lang;

/**
 * How an answer is presented: its format and language.
 *
 * @param langParam the {@code lang} the client put in the URL, kept in the links it follows; null if it used
 *                  Accept-Language or the default
 */
public record Presentation(ResponseFormat format, Lang lang, String langParam) {
}
