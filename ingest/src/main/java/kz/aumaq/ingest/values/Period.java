package kz.aumaq.ingest.values;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period by its ISO-style code: a year {@code 2024}, a half-year {@code 2024S1}, a
 * quarter {@code 2024Q2} or a month {@code 2024-06} (the rhythms of DOMAIN.md).
 */
public record Period(String code) {

    private static final Pattern CODE = Pattern.compile("((?:19|20)\\d\\d)(?:([SsHh])([12])|([Qq])([1-4])|-(0[1-9]|1[0-2]))?");

    /** The period the text names (case-insensitive; {@code H1} is taken for {@code S1}), if any. */
    public static Optional<Period> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = CODE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String year = m.group(1);
        if (m.group(2) != null) return Optional.of(new Period(year + "S" + m.group(3)));
        if (m.group(4) != null) return Optional.of(new Period(year + "Q" + m.group(5)));
        if (m.group(6) != null) return Optional.of(new Period(year + "-" + m.group(6)));
        return Optional.of(new Period(year));
    }

    @Override
    public String toString() {
        return code;
    }
}
