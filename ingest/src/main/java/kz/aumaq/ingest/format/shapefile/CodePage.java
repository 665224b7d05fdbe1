package kz.aumaq.ingest.format.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * The encoding a {@code .cpg} names. Writers put anything from {@code UTF-8} to {@code 1251},
 * {@code CP1251}, {@code ANSI 1251} or {@code OEM 866}; bare numbers are Windows (125x) or DOS code pages.
 */
final class CodePage {

    private CodePage() {
    }

    static Optional<Charset> parse(String cpg) {
        String s = cpg.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) return Optional.empty();
        String digits = s.replaceAll("^(ANSI|OEM|CP|WINDOWS|IBM|DOS)[ _-]?", "");
        if (digits.matches("\\d{3,5}")) {
            int n = Integer.parseInt(digits);
            if (n == 65001) return Optional.of(java.nio.charset.StandardCharsets.UTF_8);
            if (n >= 1250 && n <= 1258) return charset("windows-" + n);
            return charset("IBM" + n).or(() -> charset("x-IBM" + n)).or(() -> charset("CP" + n));
        }
        return charset(s);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
