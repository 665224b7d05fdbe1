package kz.aumaq.gis.style;

import java.util.Map;
import java.util.Objects;

/**
 * A rule's condition on one attribute, compared as text for {@code =}/{@code !=} and as numbers
 * for the ordering operators (the subset of OGC Filter that styles here need).
 */
public record PropertyFilter(String property, Op op, String value) {

    public enum Op {
        EQ("PropertyIsEqualTo"), NE("PropertyIsNotEqualTo"), LT("PropertyIsLessThan"), LE("PropertyIsLessThanOrEqualTo"),
        GT("PropertyIsGreaterThan"), GE("PropertyIsGreaterThanOrEqualTo");

        public final String ogcName;

        Op(String ogcName) {
            this.ogcName = ogcName;
        }
    }

    public PropertyFilter {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    public boolean matches(Map<String, Object> properties) {
        Object actual = properties.get(property);
        if (actual == null) return op == Op.NE;
        return switch (op) {
            case EQ -> String.valueOf(actual).equals(value);
            case NE -> !String.valueOf(actual).equals(value);
            default -> compareNumbers(actual);
        };
    }

    private boolean compareNumbers(Object actual) {
        double a;
        double b;
        try {
            a = actual instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(actual));
            b = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return false;
        }
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> false;
        };
    }
}
