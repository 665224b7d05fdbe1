package kz.aumaq.gis.style;

import java.util.List;
import java.util.regex.Pattern;
import kz.aumaq.gis.text.LocalizedText;

/** A named set of rules, like an SLD UserStyle. */
public record Style(String name, LocalizedText title, List<Rule> rules) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    public Style {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("style name must be lower-case letters, digits, '-' or '_', starting with a letter: " + name);
        }
        rules = List.copyOf(rules);
        title = title == null ? LocalizedText.EMPTY : title;
    }
}
