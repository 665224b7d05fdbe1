package kz.aumaq.ingest.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.aumaq.ingest.source.IngestException;

/**
 * A parsed WKT node, {@code KEYWORD[value, …]}: values are quoted texts (String), numbers (Double),
 * bare words such as {@code EAST} ({@link Word}) or nested nodes. Both WKT 1 (OGC and ESRI) and
 * WKT 2 share this syntax; brackets may be {@code []} or {@code ()}.
 */
record Wkt(String keyword, List<Object> values) {

    /** A bare word value, e.g. an axis direction. */
    record Word(String text) {
    }

    static Wkt parse(String text) throws IngestException {
        Parser p = new Parser(text);
        Wkt root = p.node();
        p.skipSpace();
        if (p.pos < text.length()) throw p.error("unexpected text after the end");
        return root;
    }

    /** The first child node with one of these keywords (case-insensitive). */
    Optional<Wkt> child(String... keywords) {
        for (Object v : values) {
            if (v instanceof Wkt w) {
                for (String k : keywords) if (w.keyword.equalsIgnoreCase(k)) return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    List<Wkt> children(String keyword) {
        List<Wkt> out = new ArrayList<>();
        for (Object v : values) if (v instanceof Wkt w && w.keyword.equalsIgnoreCase(keyword)) out.add(w);
        return out;
    }

    /** The first descendant (depth first, this node included) with one of these keywords. */
    Optional<Wkt> find(String... keywords) {
        for (String k : keywords) if (keyword.equalsIgnoreCase(k)) return Optional.of(this);
        for (Object v : values) {
            if (v instanceof Wkt w) {
                Optional<Wkt> found = w.find(keywords);
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    /** The node's name: its first value when quoted text, else "". */
    String name() {
        return !values.isEmpty() && values.get(0) instanceof String s ? s : "";
    }

    /** The i-th value as a number, or NaN. */
    double number(int i) {
        return i < values.size() && values.get(i) instanceof Double d ? d : Double.NaN;
    }

    /** The i-th value as text (quoted or bare, numbers as written), or "". */
    String text(int i) {
        if (i >= values.size()) return "";
        Object v = values.get(i);
        if (v instanceof String s) return s;
        if (v instanceof Word w) return w.text;
        if (v instanceof Double d) return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
        return "";
    }

    boolean is(String... keywords) {
        for (String k : keywords) if (keyword.equalsIgnoreCase(k)) return true;
        return false;
    }

    /** Lower-case letters and digits only: "D_WGS_1984" → "dwgs1984", "Gauss-Krüger" → "gausskrüger". */
    static String normalised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static final class Parser {
        private final String s;
        private int pos;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        Wkt node() throws IngestException {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            if (pos == start) throw error("expected a keyword");
            String keyword = s.substring(start, pos);
            skipSpace();
            if (pos >= s.length() || (s.charAt(pos) != '[' && s.charAt(pos) != '(')) throw error("expected '[' after " + keyword);
            char close = s.charAt(pos) == '[' ? ']' : ')';
            pos++;
            if (++depth > 32) throw error("nested too deeply");
            List<Object> values = new ArrayList<>();
            skipSpace();
            if (peek() != close) {
                while (true) {
                    values.add(value());
                    skipSpace();
                    char c = peek();
                    if (c == ',') {
                        pos++;
                    } else if (c == close) {
                        break;
                    } else {
                        throw error("expected ',' or '" + close + "' in " + keyword);
                    }
                }
            }
            pos++;
            depth--;
            return new Wkt(keyword, values);
        }

        private Object value() throws IngestException {
            skipSpace();
            char c = peek();
            if (c == '"') return quoted();
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) return number();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) pos++;
            if (pos == start) throw error("unexpected '" + c + "'");
            skipSpace();
            if (pos < s.length() && (s.charAt(pos) == '[' || s.charAt(pos) == '(')) {
                pos = start;
                return node();
            }
            return new Word(s.substring(start, pos));
        }

        private String quoted() throws IngestException {
            StringBuilder b = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) throw error("unterminated text");
                char c = s.charAt(pos++);
                if (c == '"') {
                    if (pos < s.length() && s.charAt(pos) == '"') { // "" is an escaped quote
                        b.append('"');
                        pos++;
                    } else {
                        return b.toString();
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private Double number() throws IngestException {
            int start = pos;
            while (pos < s.length() && "+-.0123456789eE".indexOf(s.charAt(pos)) >= 0) pos++;
            try {
                return Double.valueOf(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("bad number '" + s.substring(start, pos) + "'");
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        IngestException error(String what) {
            return new IngestException("not a readable WKT coordinate system (" + what + " at character " + (pos + 1) + ")");
        }
    }
}
