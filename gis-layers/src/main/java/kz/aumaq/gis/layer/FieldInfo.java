package kz.aumaq.gis.layer;

import kz.aumaq.gis.text.LocalizedText;

/**
 * An attribute a layer's features carry.
 *
 * @param type one of {@code string}, {@code integer}, {@code number}, {@code date}
 */
public record FieldInfo(String name, String type, LocalizedText title) {
}
