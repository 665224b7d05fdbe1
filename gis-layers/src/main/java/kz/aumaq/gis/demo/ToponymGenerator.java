package kz.aumaq.gis.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Invents plausible Kazakh place names (Ақсу, Қаракөл, Көктөбе…) from a root and a landscape
 * ending, the way many real toponyms are built. Names are drawn from the caller's seeded
 * {@link Random}, so the same seed yields the same map; uniqueness is per parent, like in reality.
 */
final class ToponymGenerator {

    private static final List<String> ROOTS = List.of(
        "Ақ", "Қара", "Сары", "Көк", "Жаңа", "Ұзын", "Бес", "Алтын", "Қызыл", "Күн", "Тау", "Шың", "Ой", "Сай",
        "Бай", "Жал", "Қос", "Тас", "Құм", "Ескі", "Үлкен", "Кіші", "Қоңыр", "Шұбар", "Ала", "Жеті", "Үш",
        "Қарағай", "Терек", "Қайың", "Арал", "Жиде", "Талды", "Шалқар", "Ащы", "Тұз", "Бота", "Қамыс");

    private static final List<String> ENDINGS = List.of(
        "су", "көл", "тау", "құдық", "бұлақ", "тоғай", "арық", "жар", "өзек", "тоқай", "ағаш", "дала", "төбе",
        "кент", "сай", "бел", "шоқы", "адыр", "тас", "өткел", "қамыс", "қайың", "құм", "қоға", "терек");

    private final Random rnd;

    ToponymGenerator(Random rnd) {
        this.rnd = rnd;
    }

    /** A Kazakh toponym not yet in {@code taken}; it is added to {@code taken}. */
    String next(Set<String> taken) {
        for (int attempt = 0; attempt < 200; attempt++) {
            String root = ROOTS.get(rnd.nextInt(ROOTS.size()));
            String ending = ENDINGS.get(rnd.nextInt(ENDINGS.size()));
            if (root.equalsIgnoreCase(ending)) continue; // "Таутау" is not a name
            String name = root + ending;
            if (taken.add(name)) return name;
        }
        // the pool (~900 names) far exceeds any parent's child count; this is only a safety net
        for (int n = 2; ; n++) {
            String name = ROOTS.get(rnd.nextInt(ROOTS.size())) + ENDINGS.get(rnd.nextInt(ENDINGS.size())) + "-" + n;
            if (taken.add(name)) return name;
        }
    }
}
