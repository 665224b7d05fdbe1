package kz.aumaq.ingest.values;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.aumaq.gis.text.SearchFolding;

/** The sex breakdown of a value, read from words statisticians use in kk/ru/en. */
enum Sex {
    TOTAL(""), MALE("sex=male"), FEMALE("sex=female");

    /** Folded words (see {@link SearchFolding}), so Kazakh letters typed either way match. */
    private static final Map<String, Sex> WORDS = Map.ofEntries(
            Map.entry("total", TOTAL), Map.entry("all", TOTAL), Map.entry("всего", TOTAL), Map.entry("барлыгы", TOTAL),
            Map.entry("male", MALE), Map.entry("men", MALE), Map.entry("m", MALE), Map.entry("м", MALE), Map.entry("муж", MALE),
            Map.entry("мужчины", MALE), Map.entry("мужской", MALE), Map.entry("ер", MALE), Map.entry("ерлер", MALE),
            Map.entry("female", FEMALE), Map.entry("women", FEMALE), Map.entry("f", FEMALE), Map.entry("ж", FEMALE),
            Map.entry("жен", FEMALE), Map.entry("женщины", FEMALE), Map.entry("женский", FEMALE), Map.entry("аиел", FEMALE),
            Map.entry("аиелдер", FEMALE));

    /** What is stored in {@code indicator_value.disaggregation}. */
    final String disaggregation;

    Sex(String disaggregation) {
        this.disaggregation = disaggregation;
    }

    static Optional<Sex> parse(String text) {
        if (text == null) return Optional.empty();
        String word = SearchFolding.fold(text.strip()).replace(".", "").toLowerCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word));
    }
}
