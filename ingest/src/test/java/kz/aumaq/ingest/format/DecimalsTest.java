package kz.aumaq.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void plainNumeralsReadToTheSameDoubleAsParseDouble() {
        List<String> edges = List.of("0", "-0", "+0", "-0.0", "0.", ".5", "+.5", "-.5", "5.", "1", "-1", "007.500", "0.1", "0.2",
                "0.3", "0.30000000000000004"/* 17 digits: the long way */, "999999999999999", "-999999999999999", "123456789.012345",
                "0.000000000000000000001", "1.0000000000000000000000", "4503599627370497", "9007199254740993", "47.855533",
                "40.600000", "87.0", "51.128200", "1234567.891", "0.0000000000000000000000001");
        for (String s : edges) assertSame(s);
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(17);
            StringBuilder b = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point) b.append('.');
                b.append((char) ('0' + random.nextInt(10)));
            }
            assertSame(b.toString());
            assertSame(String.format(Locale.ROOT, "%.6f", random.nextDouble() * 180 - 90)); // coordinates as written
        }
    }

    @Test
    void anythingButAPlainNumeralIsLeftToTheLongerWay() {
        for (String s : List.of("", "-", "+", ".", "-.", "1e5", "1E-5", "1,5", " 1", "1 ", "1 234", "1.2.3", "--1", "+-1", "NaN",
                "Infinity", "0x10", "1d", "1f", "1234567890123456", "0.12345678901234567", "0.00000000000000000000001")) {
            assertThat(Decimals.plain(s)).as(s).isNaN();
        }
        for (String s : List.of("1e5", "-1.5E-3", "1234567890123456789", "0.00000000000000000000001", "1e400")) {
            assertThat(Decimals.parse(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    private static void assertSame(String numeral) {
        double expected = Double.parseDouble(numeral);
        double plain = Decimals.plain(numeral);
        if (!Double.isNaN(plain)) {
            assertThat(Double.doubleToRawLongBits(plain)).as(numeral).isEqualTo(Double.doubleToRawLongBits(expected));
        }
        assertThat(Double.doubleToRawLongBits(Decimals.parse(numeral))).as(numeral).isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
