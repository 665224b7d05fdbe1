package kz.aumaq.ingest.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.aumaq.ingest.source.SourceField;

/**
 * Gives each attribute one type ({@code integer}, {@code number}, {@code date}, {@code boolean} or
 * {@code string}) from its values and converts the values to it, so a target sees a consistent
 * column: integers mixed with decimals become numbers, anything mixed with text becomes text.
 */
public final class FieldTypes {

    /** "1 234,5" as Russian-locale spreadsheets write it: spaces (or no-break spaces) group thousands. */
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([ \u00a0\u202f]\\d{3})+([.,]\\d+)?");
    private static final Pattern GROUP_SEPARATOR = Pattern.compile("[ \u00a0\u202f]");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOTTED_DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private FieldTypes() {
    }

    /** Values already typed (Long, Double, Boolean, LocalDate, String); rows are changed in place. */
    public static List<SourceField> settle(List<String> names, List<Map<String, Object>> rows) {
        List<SourceField> fields = new ArrayList<>();
        for (String name : names) {
            Column column = typedColumn();
            for (Map<String, Object> row : rows) column.see(row.get(name));
            for (Map<String, Object> row : rows) {
                Object v = row.get(name);
                if (v != null) row.put(name, column.convert(v));
            }
            fields.add(new SourceField(name, column.type()));
        }
        return fields;
    }

    /** A column of values already typed (Long, Double, Boolean, LocalDate, String), as XLSX cells are. */
    public static Column typedColumn() {
        return new TypedColumn();
    }

    /**
     * A column of values still text as written (CSV cells): it becomes a number or date only when
     * every non-blank value reads as one; codes with leading zeros stay text.
     *
     * @param decimalComma whether "12,5" means 12.5 (files delimited by ';' from Russian-locale Excel)
     */
    public static Column textColumn(boolean decimalComma) {
        return new TextColumn(decimalComma);
    }

    /**
     * One attribute's type, settled from its values one by one, so a table can be typed as its rows
     * go by rather than column by column; then its values converted to it.
     */
    public abstract static class Column {
        private String type;

        private Column() {
        }

        /** Takes one more of the column's values into account; all are seen before the type is asked. */
        public final void see(Object value) {
            if (type != null) throw new IllegalStateException("the column's type is already settled");
            take(value);
        }

        /** The type the values seen settle on: {@code integer}, {@code number}, {@code date}, {@code boolean} or {@code string}. */
        public final String type() {
            if (type == null) type = settle();
            return type;
        }

        /** One of the column's values as its type; null stays null (as does blank text). */
        public final Object convert(Object value) {
            return value == null ? null : convert(value, type());
        }

        abstract void take(Object value);

        abstract String settle();

        abstract Object convert(Object value, String type);
    }

    private static final class TextColumn extends Column {
        private final boolean decimalComma;
        private boolean integer = true;
        private boolean number = true;
        private boolean date = true;
        private boolean any;
        private boolean text;

        TextColumn(boolean decimalComma) {
            this.decimalComma = decimalComma;
        }

        @Override
        void take(Object v) {
            if (text || v == null) return;
            String s = v.toString().strip();
            if (s.isEmpty()) return;
            any = true;
            if (isCode(s) && date(s) == null) {
                text = true;
                return;
            }
            // a test runs only while its type is still possible; an integer is a number without parsing it
            integer = integer && isInteger(s);
            number = number && (integer || isNumber(s, decimalComma));
            date = date && date(s) != null;
            text = !integer && !number && !date;
        }

        @Override
        String settle() {
            if (text || !any) return "string";
            return integer ? "integer" : number ? "number" : date ? "date" : "string";
        }

        @Override
        Object convert(Object value, String type) {
            return fromText(value.toString(), type, decimalComma);
        }
    }

    private static final class TypedColumn extends Column {
        private String common;
        private boolean mixed;

        @Override
        void take(Object v) {
            if (v == null || mixed) return;
            String t = typeOf(v);
            if (common == null || common.equals(t)) {
                common = t;
            } else if ((common.equals("integer") && t.equals("number")) || (common.equals("number") && t.equals("integer"))) {
                common = "number";
            } else {
                mixed = true; // anything mixed with text, or with another type, becomes text
            }
        }

        @Override
        String settle() {
            return mixed || common == null ? "string" : common;
        }

        @Override
        Object convert(Object value, String type) {
            return typed(value, type);
        }
    }

    private static Object fromText(String text, String type, boolean decimalComma) {
        String s = text.strip();
        if (s.isEmpty()) return null;
        switch (type) {
            case "integer": return integer(s);
            case "number": return number(s, decimalComma);
            case "date": return date(s);
            default: return text;
        }
    }

    /** A number as people type it ("12.5", "12,5" with a decimal comma, "1 234,5"), or null. */
    public static Double number(String text, boolean decimalComma) {
        double plain = Decimals.plain(text); // most cells: one pass, no copies
        if (!Double.isNaN(plain)) return plain;
        String s = decimal(text, decimalComma);
        return s == null ? null : Decimals.parse(s);
    }

    private static boolean isNumber(String text, boolean decimalComma) {
        return !Double.isNaN(Decimals.plain(text)) || decimal(text, decimalComma) != null;
    }

    /** The number as Java writes it ("1 234,5" → "1234.5"), or null when the text is not one. */
    private static String decimal(String text, boolean decimalComma) {
        String s = text.strip();
        if (s.isEmpty()) return null;
        if (s.indexOf(' ') > 0 || s.indexOf('\u00a0') > 0 || s.indexOf('\u202f') > 0) {
            if (!GROUPED.matcher(s).matches()) return null;
            s = GROUP_SEPARATOR.matcher(s).replaceAll("");
        }
        if (decimalComma) s = s.replace(',', '.');
        return isDecimal(s) ? s : null;
    }

    /** An ISO (2024-01-31) or Russian-style (31.01.2024) date, or null. */
    public static LocalDate date(String text) {
        String s = text.strip();
        try {
            if (s.length() != 10) return null;
            if (ISO_DATE.matcher(s).matches()) return LocalDate.parse(s);
            if (DOTTED_DATE.matcher(s).matches()) return LocalDate.parse(s, DOTTED);
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    // Hand-written scanners rather than regular expressions: they run on every cell of big tables.

    /** "01", "007": codes, not numbers, whatever they look like. */
    private static boolean isCode(String s) {
        int i = signLength(s);
        return s.length() > i + 1 && s.charAt(i) == '0' && Character.isDigit(s.charAt(i + 1));
    }

    private static int signLength(String s) {
        return !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
    }

    /** An optional sign and 1 to 18 digits. */
    private static boolean isInteger(String s) {
        int i = signLength(s);
        int digits = s.length() - i;
        if (digits < 1 || digits > 18) return false;
        for (; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** The value of what {@link #isInteger} accepts, as Long.parseLong reads it; 18 digits cannot overflow. */
    private static long integer(String s) {
        int i = signLength(s);
        long value = 0;
        for (int j = i; j < s.length(); j++) value = value * 10 + (s.charAt(j) - '0');
        return i == 1 && s.charAt(0) == '-' ? -value : value;
    }

    /** An optional sign, digits with at most one point, an optional exponent. */
    private static boolean isDecimal(String s) {
        int i = signLength(s);
        int digits = 0;
        boolean point = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else if ((c == 'e' || c == 'E') && digits > 0) {
                int j = i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+') ? i + 2 : i + 1;
                if (j >= s.length()) return false;
                for (; j < s.length(); j++) if (s.charAt(j) < '0' || s.charAt(j) > '9') return false;
                return true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    private static String typeOf(Object v) {
        if (v instanceof Long || v instanceof Integer) return "integer";
        if (v instanceof Number) return "number";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof LocalDate) return "date";
        return "string";
    }

    private static Object typed(Object v, String type) {
        switch (type) {
            case "integer": return ((Number) v).longValue();
            case "number": return ((Number) v).doubleValue();
            case "string": return v instanceof Double d ? plain(d) : v.toString();
            default: return v;
        }
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : String.valueOf(d);
    }
}
