package kz.aumaq.gis.render;

import java.awt.Color;
import java.time.LocalDate;
import kz.aumaq.gis.text.Lang;

/**
 * How to draw, beyond what and where.
 *
 * @param deadlineNanos {@link System#nanoTime()} after which rendering gives up; {@link Long#MAX_VALUE} for none
 */
public record RenderOptions(Color background, boolean transparent, Lang lang, LocalDate date, long deadlineNanos) {
}
