package kz.aumaq.gis.text;

import java.util.Locale;

/**
 * Folds names for forgiving search: lower case, and the Kazakh-specific Cyrillic letters mapped to
 * the Russian ones users type instead (Қ→К, Ә→А, Ө→О, Ү/Ұ→У, Ғ→Г, Ң→Н, І→И, Һ→Х), so that
 * "караганды" finds "Қарағанды". Also Ё→Е and the Latin "i" that Kazakh sources often put in
 * place of Cyrillic "і" (e.g. "Солтүстiк").
 */
public final class SearchFolding {

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null) return "";
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            out.append(foldChar(lower.charAt(i), i > 0 && isCyrillic(lower.charAt(i - 1))));
        }
        return out.toString();
    }

    private static char foldChar(char c, boolean afterCyrillic) {
        return switch (c) {
            case 'қ' -> 'к';
            case 'ә' -> 'а';
            case 'ө' -> 'о';
            case 'ү', 'ұ' -> 'у';
            case 'ғ' -> 'г';
            case 'ң' -> 'н';
            case 'і' -> 'и';
            case 'һ' -> 'х';
            case 'ё' -> 'е';
            case 'i' -> afterCyrillic ? 'и' : 'i';
            default -> c;
        };
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
