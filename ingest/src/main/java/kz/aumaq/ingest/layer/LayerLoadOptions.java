package kz.aumaq.ingest.layer;

import java.util.regex.Pattern;
import kz.aumaq.gis.text.LocalizedText;

/**
 * How a file becomes a feature layer.
 *
 * @param name  the layer's name in WMS, tiles and OGC API collections (lower case, digits, '-', '_')
 * @param title its title; null = the name
 */
public record LayerLoadOptions(String name, LocalizedText title) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    public LayerLoadOptions {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("layer name must be lower-case letters, digits, '-' or '_', starting with a letter: " + name);
        }
        if (title == null) title = LocalizedText.of(name);
    }
}
