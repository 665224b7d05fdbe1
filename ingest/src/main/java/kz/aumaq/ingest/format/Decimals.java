package kz.aumaq.ingest.format;

/**
 * Reads decimal numerals to the same double as {@link Double#parseDouble}, in one pass for the
 * plain ones coordinates and measurements are written as: a sign, up to 15 significant digits,
 * at most one point and 22 decimals, nothing else. Such a numeral is an integer below 2^53 divided
 * by a power of ten, both exact as doubles, and IEEE division rounds their quotient correctly,
 * as parseDouble rounds the numeral. Anything else goes the longer way.
 */
final class Decimals {

    private static final double[] POWERS_OF_TEN = {
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final int MAX_DIGITS = 15;

    private Decimals() {
    }

    /** @param numeral what {@link Double#parseDouble} reads; a plain one is read here */
    static double parse(String numeral) {
        double value = plain(numeral);
        return Double.isNaN(value) ? Double.parseDouble(numeral) : value;
    }

    /**
     * The value of a plain numeral, or NaN when the text is anything else (spaces, a comma, an
     * exponent, more digits): no plain numeral is NaN, so the caller knows to take the longer way.
     */
    static double plain(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        long digits = 0;
        int significant = 0;
        int decimals = 0;
        boolean point = false;
        boolean any = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (significant > 0 || c != '0') significant++;
                digits = digits * 10 + (c - '0');
                if (point) decimals++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.NaN;
            }
        }
        if (!any || significant > MAX_DIGITS || decimals >= POWERS_OF_TEN.length) return Double.NaN;
        double value = decimals == 0 ? digits : digits / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }
}
