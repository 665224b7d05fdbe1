package kz.aumaq.gis.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns a Kazakh (Cyrillic) toponym into its Russian and English spellings the way
 * official lists usually do: Russian drops the Kazakh-only letters (Қарасу → Карасу),
 * English uses a plain Latin transliteration (Көкжар → Kokzhar).
 */
final class KazakhTransliteration {

    private static final Map<Character, String> TO_RU = new HashMap<>();
    private static final Map<Character, String> TO_EN = new HashMap<>();

    static {
        String[][] ru = {{"ә", "а"}, {"ғ", "г"}, {"қ", "к"}, {"ң", "н"}, {"ө", "о"}, {"ұ", "у"}, {"ү", "у"}, {"һ", "х"}, {"і", "и"}};
        for (String[] p : ru) TO_RU.put(p[0].charAt(0), p[1]);
        String[][] en = {
            {"а", "a"}, {"ә", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ғ", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "yo"},
            {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"қ", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},
            {"ң", "n"}, {"о", "o"}, {"ө", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ұ", "u"},
            {"ү", "u"}, {"ф", "f"}, {"х", "kh"}, {"һ", "h"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"},
            {"ъ", ""}, {"ы", "y"}, {"і", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"}, {"я", "ya"}};
        for (String[] p : en) TO_EN.put(p[0].charAt(0), p[1]);
    }

    private KazakhTransliteration() {
    }

    static String toRussian(String kk) {
        return convert(kk, TO_RU);
    }

    static String toEnglish(String kk) {
        return convert(kk, TO_EN);
    }

    private static String convert(String s, Map<Character, String> table) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            String mapped = table.get(lower);
            if (mapped == null) {
                out.append(c); // letters both alphabets share, spaces, hyphens
            } else if (Character.isUpperCase(c) && !mapped.isEmpty()) {
                out.append(Character.toUpperCase(mapped.charAt(0))).append(mapped, 1, mapped.length());
            } else {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}
