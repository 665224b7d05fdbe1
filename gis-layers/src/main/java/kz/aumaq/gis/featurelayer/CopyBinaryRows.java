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
 * Rows for PostgreSQL's binary COPY, written straight into a byte buffer: per row the field count,
 * then per field its length and bytes — text as UTF-8, the geometry as EWKB (which PostGIS's
 * binary input reads), the properties as a JSON object. Nothing is quoted, escaped or turned into
 * hex, so both sides handle half the bytes of CSV with hex EWKB and parse less. Flat property values
 * (text, numbers, booleans, null — what files give) are written here, because a general JSON
 * library per feature costs more than the rest of the row together on large layers; anything else
 * (nested objects, non-finite numbers) goes through Jackson.
 */
final class CopyBinaryRows {

    /** The binary COPY header: signature, flags, header extension length. */
    static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** The end of the data: a field count of -1. */
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** EWKB's flag for "an SRID follows the type". */
    private static final int EWKB_SRID = 0x20000000;

    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, false);
    private final ObjectMapper json;
    private byte[] bytes;
    private int size;
    /** Where the current field's length goes, once known. */
    private int fieldStart;

    CopyBinaryRows(int capacity, ObjectMapper json) {
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

    /** Starts a row of {@code fields} fields. */
    CopyBinaryRows row(int fields) {
        ensure(2);
        bytes[size++] = (byte) (fields >> 8);
        bytes[size++] = (byte) fields;
        return this;
    }

    /** A text field. */
    CopyBinaryRows text(String value) {
        begin();
        utf8(value, false);
        return end();
    }

    /**
     * The geometry as EWKB with {@code srid}: its little-endian WKB with the SRID flag and value put
     * after the byte order and type (only the outermost geometry carries them).
     */
    CopyBinaryRows ewkb(Geometry g, int srid) {
        byte[] w = wkb.write(g);
        int type = (w[1] & 0xFF) | (w[2] & 0xFF) << 8 | (w[3] & 0xFF) << 16 | (w[4] & 0xFF) << 24;
        begin();
        ensure(w.length + 4);
        bytes[size++] = w[0];
        littleEndian(type | EWKB_SRID);
        littleEndian(srid);
        System.arraycopy(w, 5, bytes, size, w.length - 5);
        size += w.length - 5;
        return end();
    }

    /** The properties as a JSON object (a text field). */
    CopyBinaryRows properties(Map<String, Object> properties) {
        begin();
        if (!flat(properties)) {
            utf8(json.writeValueAsString(properties), false);
            return end();
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
        return end();
    }

    private void begin() {
        ensure(4);
        fieldStart = size;
        size += 4;
    }

    private CopyBinaryRows end() {
        int length = size - fieldStart - 4;
        bytes[fieldStart] = (byte) (length >>> 24);
        bytes[fieldStart + 1] = (byte) (length >>> 16);
        bytes[fieldStart + 2] = (byte) (length >>> 8);
        bytes[fieldStart + 3] = (byte) length;
        return this;
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

    /** A JSON string (RFC 8259 escapes). */
    private void jsonString(String s) {
        put((byte) '"');
        utf8(s, true);
        put((byte) '"');
    }

    /** UTF-8 of {@code s}; with {@code jsonEscapes}, JSON's escapes. */
    private void utf8(String s, boolean jsonEscapes) {
        ensure(s.length() * 3 + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (jsonEscapes && (c == '"' || c == '\\' || c < 0x20)) {
                    jsonEscape(c);
                } else {
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
            case '"' -> ascii("\\\"");
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

    private void littleEndian(int v) {
        for (int i = 0; i < 4; i++) bytes[size++] = (byte) (v >>> (8 * i));
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

    private CopyBinaryRows put(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
}
