package kz.aumaq.ingest.units;

/**
 * Recognises names garbled by decoding with the wrong encoding, the usual fate of CP1251 and
 * CP866 shapefiles read as something else and of UTF-8 read as CP1251 or Latin-1:
 * <ul>
 *   <li>replacement characters (U+FFFD) and control characters;</li>
 *   <li>box-drawing and block characters: CP1251 capitals read as CP866;</li>
 *   <li>two or more characters no Kazakh, Russian or English place name uses: Serbian and
 *       Ukrainian Cyrillic, Latin-1 symbols, typographic marks ({@code РљР°Р·} is UTF-8 read as
 *       CP1251, {@code ÐšÐ°Ð·} UTF-8 read as Latin-1, {@code Љ§} CP866 read as CP1251);</li>
 *   <li>two or more of Р, С, Т, У followed by such a character or by ё, quotes or dashes
 *       ({@code РЈРёР»}: "Уил" in UTF-8 read as CP1251). Not і: {@code СІЛЕТІ} is Kazakh;</li>
 *   <li>more symbols than letters ({@code “Ё«}: "Уил" in CP866 read as CP1251);</li>
 *   <li>mostly accented Latin letters ({@code Êàçàõñòàí}: CP1251 read as Latin-1), where a
 *       Kazakh Latin-script name has only a few;</li>
 *   <li>runs of question marks left by a lossy conversion.</li>
 * </ul>
 */
final class GarbledText {

    private static final String FOREIGN = "ЂЃѓЅѕЈјЉљЊњЋћЌќЎўЏџђҐґЄєЇї"
            + "¡¢£¤¥¦§¨©ª¬®¯°±²³´µ¶·¸¹º¼½¾¿"
            + "‚„…†‡€‰‹›™•ˆ˜∙√■";
    /** Punctuation real names have; any other symbol counts against a name that has few letters. */
    private static final String PUNCTUATION = "-.,()'\"/№";
    /** What follows Р, С, Т or У (UTF-8 lead bytes D0–D3 in CP1251) when UTF-8 Cyrillic is read as CP1251. */
    private static final String CONTINUATION = FOREIGN + "ёЁ«»№–—“”‘’\u00A0\u00AD";

    private GarbledText() {
    }

    static boolean isGarbled(String s) {
        if (s == null || s.isEmpty()) return false;
        if (s.contains("??")) return true;
        int foreign = 0;
        int pairs = 0;
        int letters = 0;
        int symbols = 0;
        int accented = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c)) return true;
            if (c >= '\u2500' && c <= '\u259F') return true;
            if (FOREIGN.indexOf(c) >= 0) foreign++;
            if (i > 0 && "РСТУ".indexOf(s.charAt(i - 1)) >= 0 && CONTINUATION.indexOf(c) >= 0) pairs++;
            if (Character.isLetter(c)) {
                letters++;
                if (c >= '\u00C0' && c <= '\u00FF') accented++;
            } else if (!Character.isDigit(c) && !Character.isWhitespace(c) && PUNCTUATION.indexOf(c) < 0) {
                symbols++;
            }
        }
        return foreign >= 2 || pairs >= 2 || symbols > letters || (letters >= 3 && accented * 2 > letters);
    }
}
