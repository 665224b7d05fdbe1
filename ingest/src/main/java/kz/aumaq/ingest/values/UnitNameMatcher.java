package kz.aumaq.ingest.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.text.SearchFolding;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.UnitNames;

/**
 * Finds the unit a table names. Names in kk, ru and en are folded ({@link SearchFolding}), stripped
 * of punctuation, and their kind words normalised ("обл." = "область"); a name matches exactly on
 * the full name or on its core without the kind word ("Карагандинская" = "Карагандинская
 * область"). Failing that, the closest name within {@link #MAX_DISTANCE} edits is only a
 * suggestion: a typo may as well be another unit, so the user decides.
 */
final class UnitNameMatcher {

    static final int MAX_DISTANCE = 2;

    /** Abbreviations and case forms → one spelling, so they never count as typos. */
    private static final Map<String, String> KIND_SPELLINGS = Map.ofEntries(
            Map.entry("обл", "область"), Map.entry("области", "область"), Map.entry("обл-ть", "область"),
            Map.entry("р-н", "район"), Map.entry("р-на", "район"), Map.entry("района", "район"), Map.entry("ауд", "ауданы"),
            Map.entry("г", "город"), Map.entry("гор", "город"), Map.entry("к", "каласы"), Map.entry("region", "region"),
            Map.entry("obl", "oblast"), Map.entry("reg", "region"));
    private static final Set<String> KIND_WORDS = Set.of("область", "облысы", "район", "ауданы", "город", "каласы", "region",
            "oblast", "district", "city", "audany", "oblysy");

    /** What a name matched: one unit, a suggested one, or nothing (kato null). */
    record Match(String kato, String suggestedName, boolean exact, boolean ambiguous) {
        static final Match NONE = new Match(null, null, false, false);
    }

    private record Candidate(String kato, String display, String full, String core) {
    }

    private final Map<String, Set<String>> exact = new HashMap<>();
    private final List<Candidate> candidates = new ArrayList<>();

    UnitNameMatcher(List<AdminUnit> units) {
        for (AdminUnit u : units) {
            UnitNames n = u.names();
            for (String name : new String[] {n.kk(), n.ru(), n.en()}) {
                if (name == null || name.isBlank()) continue;
                String full = normalise(name);
                String core = core(full);
                candidates.add(new Candidate(u.kato().code(), name, full, core));
                exact.computeIfAbsent(full, k -> new LinkedHashSet<>()).add(u.kato().code());
                if (!core.isEmpty()) exact.computeIfAbsent(core, k -> new LinkedHashSet<>()).add(u.kato().code());
            }
        }
    }

    Match match(String name) {
        String full = normalise(name);
        String core = core(full);
        Set<String> found = new LinkedHashSet<>(exact.getOrDefault(full, Set.of()));
        if (found.isEmpty()) found.addAll(exact.getOrDefault(core, Set.of()));
        if (found.size() == 1) return new Match(found.iterator().next(), null, true, false);
        if (found.size() > 1) return new Match(null, null, false, true);
        // a misspelt kind word ("областъ") would hide a well-spelt name: drop it, but only suggest
        Set<String> nearly = exact.getOrDefault(looseCore(full), Set.of());
        if (nearly.size() == 1) {
            String kato = nearly.iterator().next();
            return new Match(kato, closestName(kato, full), false, false);
        }

        int best = MAX_DISTANCE + 1;
        Set<String> bestKatos = new LinkedHashSet<>();
        String bestName = null;
        for (Candidate c : candidates) {
            int d = Math.min(EditDistance.between(full, c.full(), MAX_DISTANCE),
                    core.isEmpty() || c.core().isEmpty() ? MAX_DISTANCE + 1 : EditDistance.between(core, c.core(), MAX_DISTANCE));
            if (d < best) {
                best = d;
                bestKatos.clear();
                bestName = c.display();
            }
            if (d == best && d <= MAX_DISTANCE) bestKatos.add(c.kato());
        }
        if (bestKatos.size() == 1) return new Match(bestKatos.iterator().next(), bestName, false, false);
        return bestKatos.isEmpty() ? Match.NONE : new Match(null, null, false, true);
    }

    /** The unit's name in the language the table wrote it in, as far as spelling tells. */
    private String closestName(String kato, String full) {
        return candidates.stream().filter(c -> c.kato().equals(kato))
                .min(Comparator.comparingInt(c -> EditDistance.between(full, c.full(), Integer.MAX_VALUE - 1)))
                .map(Candidate::display).orElse(kato);
    }

    private static boolean isKindWord(String word, int typos) {
        if (KIND_WORDS.contains(word)) return true;
        if (typos == 0 || word.length() < 5) return false;
        for (String kind : KIND_WORDS) if (EditDistance.between(word, kind, typos) <= typos) return true;
        return false;
    }

    static String normalise(String name) {
        String folded = SearchFolding.fold(name).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
        StringBuilder out = new StringBuilder();
        for (String word : folded.split(" +")) {
            if (word.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(KIND_SPELLINGS.getOrDefault(word, word));
        }
        return out.toString();
    }

    private static String core(String normalised) {
        return withoutKindWords(normalised, 0);
    }

    /** Also without words one letter away from a kind word. */
    private static String looseCore(String normalised) {
        return withoutKindWords(normalised, 1);
    }

    private static String withoutKindWords(String normalised, int typos) {
        StringBuilder out = new StringBuilder();
        for (String word : normalised.split(" ")) {
            if (word.isEmpty() || isKindWord(word, typos)) continue;
            if (out.length() > 0) out.append(' ');
            out.append(word);
        }
        return out.toString();
    }
}
