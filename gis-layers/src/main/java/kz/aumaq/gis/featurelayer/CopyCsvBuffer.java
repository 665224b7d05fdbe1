package kz.aumaq.gis.featurelayer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.databind.ObjectMapper;

/**
 * COPY's CSV rows written straight as UTF-8 bytes: every field double-quoted (quotes doubled), so
 * text with commas, quotes or line breaks survives; geometries as hex EWKB; properties as a JSON
 * object. Flat values (text, numbers, booleans, null — what files give) are written here, because
 * a general JSON library per feature costs more than the rest of the row together on large
 * layers; anything else (nested objects, non-finite numbers) goes through Jackson.
 */
final class CopyCsvBuffer {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** EWKB's flag for "an SRID follows the type". */
    private static final int EWKB_SRID = 0x20000000;

    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, false);
    private final ObjectMapper json;
    private byte[] bytes;
    private int size;

    CopyCsvBuffer(int capacity, ObjectMapper json) {
        this.bytes = new byte[capacity];
        this.json = json;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        size = 0;
    }

    CopyCsvBuffer comma() {
        return put((byte) ',');
    }

    CopyCsvBuffer endOfRow() {
        return put((byte) '\n');
    }

    /** A text field, quoted. */
    CopyCsvBuffer text(String value) {
        put((byte) '"');
        utf8(value, false);
        return put((byte) '"');
    }

    /**
     * The geometry as hex EWKB with {@code srid}: its little-endian WKB with the SRID flag and value
     * put after the byte order and type (only the outermost geometry carries them).
     */
    CopyCsvBuffer ewkb(Geometry g, int srid) {
        byte[] w = wkb.write(g);
        int type = (w[1] & 0xFF) | (w[2] & 0xFF) << 8 | (w[3] & 0xFF) << 16 | (w[4] & 0xFF) << 24;
        hex(w[0]);
        hexLittleEndian(type | EWKB_SRID);
        hexLittleEndian(srid);
        for (int i = 5; i < w.length; i++) hex(w[i]);
        return this;
    }

    /** The properties as a JSON object, quoted as one CSV field. */
    CopyCsvBuffer properties(Map<String, Object> properties) {
        put((byte) '"');
        if (!flat(properties)) {
            utf8(json.writeValueAsString(properties), false);
            return put((byte) '"');
        }
        put((byte) '{');
        boolean first = true;
        for (Map.Entry<String, Object> e : properties.entrySet()) {
            if (!first) put((byte) ',');
            first = false;
            jsonString(e.getKey());
            put((byte) ':');
            Object v = e.getValue();
            if (v == null) ascii("null");
            else if (v instanceof String s) jsonString(s);
            else if (v instanceof Boolean || v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
                    || v instanceof BigInteger) ascii(v.toString());
            else if (v instanceof BigDecimal d) ascii(d.toString());
            else if (v instanceof Float f) ascii(Float.toString(f));
            else ascii(Double.toString((Double) v));
        }
        put((byte) '}');
        return put((byte) '"');
    }

    /** Whether every value is one this class writes (finite numbers: JSON has no NaN). */
    private static boolean flat(Map<String, Object> properties) {
        for (Object v : properties.values()) {
            if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Integer
                    || v instanceof Short || v instanceof Byte || v instanceof BigInteger || v instanceof BigDecimal) continue;
            if ((v instanceof Double d && Double.isFinite(d)) || (v instanceof Float f && Float.isFinite(f))) continue;
            return false;
        }
        return true;
    }

    /** A JSON string (RFC 8259 escapes) inside the CSV field: its quotes doubled. */
    private void jsonString(String s) {
        ascii("\"\"");
        utf8(s, true);
        ascii("\"\"");
    }

    /** UTF-8 of {@code s}; quotes doubled for CSV; with {@code jsonEscapes}, also JSON's escapes. */
    private void utf8(String s, boolean jsonEscapes) {
        ensure(s.length() * 3 + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (jsonEscapes && (c == '"' || c == '\\' || c < 0x20)) {
                    jsonEscape(c);
                } else {
                    if (c == '"') bytes[size++] = '"';
                    bytes[size++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | c >> 6);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?'; // a lone surrogate has no UTF-8, as String.getBytes replaces it
            } else {
                bytes[size++] = (byte) (0xE0 | c >> 12);
                bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[size++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void jsonEscape(char c) {
        ensure(8);
        switch (c) {
            case '"' -> ascii("\\\"\"");
            case '\\' -> ascii("\\\\");
            case '\n' -> ascii("\\n");
            case '\r' -> ascii("\\r");
            case '\t' -> ascii("\\t");
            default -> {
                ascii("\\u00");
                hex((byte) c);
            }
        }
    }

    private void hexLittleEndian(int v) {
        for (int i = 0; i < 4; i++) hex((byte) (v >>> (8 * i)));
    }

    private void hex(byte b) {
        ensure(2);
        bytes[size++] = HEX[(b >> 4) & 0xF];
        bytes[size++] = HEX[b & 0xF];
    }

    private void ascii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) bytes[size++] = (byte) s.charAt(i);
    }

    private CopyCsvBuffer put(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
