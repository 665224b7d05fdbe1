package kz.aumaq.ingest.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Which encoding undeclared text is in: UTF-8, Windows-1251 or DOS 866, the three Kazakhstan's
 * files come in. Valid UTF-8 with non-ASCII letters is UTF-8 (Cyrillic in a single-byte encoding
 * is practically never valid UTF-8). Otherwise the bytes are decoded both ways and scored by how
 * common the resulting letters are in Russian and Kazakh: the wrong code page turns Cyrillic into
 * box-drawing characters, punctuation and rare letters.
 *
 * @param charset  the encoding to read with
 * @param evidence why, for the report
 */
public record EncodingGuess(Charset charset, String evidence) {

    public static final Charset CP1251 = Charset.forName("windows-1251");
    public static final Charset CP866 = Charset.forName("IBM866");

    /** Letter frequencies in per mille (Russian text, Kazakh letters estimated); anything else scores {@link #OTHER}. */
    private static final Map<Character, Double> FREQUENCY = Map.ofEntries(
            Map.entry('о', 109.7), Map.entry('е', 84.5), Map.entry('а', 80.1), Map.entry('и', 73.5), Map.entry('н', 67.0),
            Map.entry('т', 62.6), Map.entry('с', 54.7), Map.entry('р', 47.3), Map.entry('в', 45.4), Map.entry('л', 44.0),
            Map.entry('к', 34.9), Map.entry('м', 32.1), Map.entry('д', 29.8), Map.entry('п', 28.1), Map.entry('у', 26.2),
            Map.entry('я', 20.1), Map.entry('ы', 19.0), Map.entry('ь', 17.4), Map.entry('г', 17.0), Map.entry('з', 16.5),
            Map.entry('б', 15.9), Map.entry('ч', 14.4), Map.entry('й', 12.1), Map.entry('х', 9.7), Map.entry('ж', 9.4),
            Map.entry('ш', 7.3), Map.entry('ю', 6.4), Map.entry('ц', 4.8), Map.entry('щ', 3.6), Map.entry('э', 3.2),
            Map.entry('ф', 2.6), Map.entry('ъ', 0.4), Map.entry('ё', 0.4), Map.entry('і', 8.0), Map.entry('ә', 8.0),
            Map.entry('қ', 8.0), Map.entry('ң', 5.0), Map.entry('ғ', 3.0), Map.entry('ү', 4.0), Map.entry('ұ', 4.0),
            Map.entry('ө', 3.0), Map.entry('һ', 0.2), Map.entry('№', 1.0), Map.entry('«', 1.0), Map.entry('»', 1.0),
            Map.entry('—', 1.0), Map.entry('–', 0.5), Map.entry('\u00a0', 0.5));
    private static final double OTHER = -20;

    /** Guesses from a sample of the text's bytes (a megabyte is plenty). */
    public static EncodingGuess of(byte[] sample) {
        if (!hasHighBytes(sample)) return new EncodingGuess(StandardCharsets.UTF_8, "the text is plain ASCII");
        if (isUtf8(sample)) return new EncodingGuess(StandardCharsets.UTF_8, "the text is valid UTF-8");
        double cp1251 = score(new String(sample, CP1251));
        double cp866 = score(new String(sample, CP866));
        return cp866 > cp1251
                ? new EncodingGuess(CP866, "letters read as DOS 866 are common Cyrillic ones, as Windows-1251 they are not")
                : new EncodingGuess(CP1251, "letters read as Windows-1251 are common Cyrillic ones, as DOS 866 they are not");
    }

    /** Whether these bytes are valid UTF-8 (a multi-byte character cut at the sample's end is forgiven). */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, completeLength(bytes)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasHighBytes(byte[] bytes) {
        for (byte b : bytes) if (b < 0) return true;
        return false;
    }

    /** The length without a trailing, incomplete UTF-8 sequence. */
    private static int completeLength(byte[] b) {
        int end = b.length;
        int i = end - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (b[i] & 0xC0) == 0x80) {
            i--;
            continuation++;
        }
        if (i < 0) return end;
        int lead = b[i] & 0xFF;
        int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return needed > continuation ? i : end;
    }

    private static double score(CharSequence text) {
        double score = 0;
        CharBuffer chars = CharBuffer.wrap(text);
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c < 0x80) continue;
            score += FREQUENCY.getOrDefault(Character.toLowerCase(c), OTHER);
        }
        return score;
    }
}
