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
            String type = commonType(rows, name);
            for (Map<String, Object> row : rows) {
                Object v = row.get(name);
                if (v != null) row.put(name, convert(v, type));
            }
            fields.add(new SourceField(name, type));
        }
        return fields;
    }

    /**
     * Values still text as written (CSV cells): a column becomes a number or date only when every
     * non-blank value reads as one; codes with leading zeros stay text. Rows are changed in place.
     *
     * @param decimalComma whether "12,5" means 12.5 (files delimited by ';' from Russian-locale Excel)
     */
    public static List<SourceField> settleText(List<String> names, List<Map<String, Object>> rows, boolean decimalComma) {
        List<SourceField> fields = new ArrayList<>();
        for (String name : names) {
            String type = textType(rows, name, decimalComma);
            for (Map<String, Object> row : rows) {
                Object v = row.get(name);
                if (v != null) row.put(name, fromText(v.toString(), type, decimalComma));
            }
            fields.add(new SourceField(name, type));
        }
        return fields;
    }

    private static Object fromText(String text, String type, boolean decimalComma) {
        String s = text.strip();
        if (s.isEmpty()) return null;
        switch (type) {
            case "integer": return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            case "number": return number(s, decimalComma);
            case "date": return date(s);
            default: return text;
        }
    }

    /** A number as people type it ("12.5", "12,5" with a decimal comma, "1 234,5"), or null. */
    public static Double number(String text, boolean decimalComma) {
        String s = text.strip();
        if (s.isEmpty()) return null;
        if (s.indexOf(' ') > 0 || s.indexOf('\u00a0') > 0 || s.indexOf('\u202f') > 0) {
            if (!GROUPED.matcher(s).matches()) return null;
            s = GROUP_SEPARATOR.matcher(s).replaceAll("");
        }
        if (decimalComma) s = s.replace(',', '.');
        return isDecimal(s) ? Double.parseDouble(s) : null;
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
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        return s.length() > i + 1 && s.charAt(i) == '0' && Character.isDigit(s.charAt(i + 1));
    }

    /** An optional sign and 1 to 18 digits. */
    private static boolean isInteger(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int digits = s.length() - i;
        if (digits < 1 || digits > 18) return false;
        for (; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** An optional sign, digits with at most one point, an optional exponent. */
    private static boolean isDecimal(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
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

    private static String textType(List<Map<String, Object>> rows, String name, boolean decimalComma) {
        boolean integer = true;
        boolean number = true;
        boolean date = true;
        boolean any = false;
        for (Map<String, Object> row : rows) {
            Object v = row.get(name);
            if (v == null || v.toString().isBlank()) continue;
            any = true;
            String s = v.toString().strip();
            if (isCode(s) && date(s) == null) return "string";
            integer &= isInteger(s);
            number &= number(s, decimalComma) != null;
            date &= date(s) != null;
            if (!integer && !number && !date) return "string";
        }
        if (!any) return "string";
        return integer ? "integer" : number ? "number" : date ? "date" : "string";
    }

    private static String commonType(List<Map<String, Object>> rows, String name) {
        String type = null;
        for (Map<String, Object> row : rows) {
            Object v = row.get(name);
            if (v == null) continue;
            String t = typeOf(v);
            if (type == null || type.equals(t)) {
                type = t;
            } else if ((type.equals("integer") && t.equals("number")) || (type.equals("number") && t.equals("integer"))) {
                type = "number";
            } else {
                return "string";
            }
        }
        return type == null ? "string" : type;
    }

    private static String typeOf(Object v) {
        if (v instanceof Long || v instanceof Integer) return "integer";
        if (v instanceof Number) return "number";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof LocalDate) return "date";
        return "string";
    }

    private static Object convert(Object v, String type) {
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
