package kz.aumaq.ingest.format.shapefile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.SourceField;

/**
 * The attribute table of a shapefile, a dBase III/IV file: field types C (text), N and F
 * (numbers), D (dates), L (logical), and FoxPro's I and O; others are left empty and reported.
 * Text stays as bytes until the encoding is known ({@link #textSample} feeds its detection).
 */
final class DbfFile {

    private static final int FIELD_DESCRIPTOR = 32;

    /** A column as declared; {@code rawName} is decoded once the encoding is known. */
    private record Column(byte[] rawName, char type, int length, int decimals, int offset) {
    }

    /** The rows, one per record in file order; a row is null when the record is marked deleted. */
    record Table(List<SourceField> fields, List<Map<String, Object>> rows) {
    }

    private final Path file;
    private final int headerLength;
    private final int recordLength;
    private final int recordCount;
    private final List<Column> columns;

    private DbfFile(Path file, int headerLength, int recordLength, int recordCount, List<Column> columns) {
        this.file = file;
        this.headerLength = headerLength;
        this.recordLength = recordLength;
        this.recordCount = recordCount;
        this.columns = columns;
    }

    static DbfFile open(Path file) throws IngestException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            byte[] start = new byte[32];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(start, 0, 32) < 32) throw new IngestException(name + " is too short to be a .dbf");
                ByteBuffer h = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
                long records = h.getInt(4) & 0xFFFFFFFFL;
                int headerLength = h.getShort(8) & 0xFFFF;
                int recordLength = h.getShort(10) & 0xFFFF;
                if (headerLength < 33 || recordLength < 1 || headerLength > size) {
                    throw new IngestException(name + " is damaged: its header (length " + headerLength + ", records of "
                            + recordLength + " bytes) does not describe a .dbf of " + size + " bytes");
                }
                long whole = (size - headerLength) / recordLength;
                if (records > whole) {
                    throw new IngestException(name + " is truncated: its header announces " + records + " records of "
                            + recordLength + " bytes, the file holds only " + whole);
                }
                byte[] descriptors = in.readNBytes(headerLength - 32);
                return new DbfFile(file, headerLength, recordLength, (int) records, columns(name, descriptors, recordLength));
            }
        } catch (IOException e) {
            throw new IngestException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<Column> columns(String name, byte[] d, int recordLength) throws IngestException {
        List<Column> columns = new ArrayList<>();
        int offset = 1; // each record starts with its deletion flag
        for (int i = 0; i + FIELD_DESCRIPTOR <= d.length && d[i] != 0x0D; i += FIELD_DESCRIPTOR) {
            int nameLength = 0;
            while (nameLength < 11 && d[i + nameLength] != 0) nameLength++;
            byte[] rawName = Arrays.copyOfRange(d, i, i + nameLength);
            char type = (char) (d[i + 11] & 0xFF);
            int length = d[i + 16] & 0xFF;
            int decimals = d[i + 17] & 0xFF;
            if (type == 'C') length += decimals << 8; // long text fields keep the high byte in "decimals"
            columns.add(new Column(rawName, Character.toUpperCase(type), length, type == 'C' ? 0 : decimals, offset));
            offset += length;
        }
        if (offset > recordLength) {
            throw new IngestException(name + " is damaged: its fields need " + offset + " bytes per record, records have " + recordLength);
        }
        return columns;
    }

    int recordCount() {
        return recordCount;
    }

    /** Up to {@code max} bytes of the non-ASCII text (field names and text values), for encoding detection. */
    byte[] textSample(int max) throws IngestException {
        ByteArrayOutputStream sample = new ByteArrayOutputStream();
        for (Column c : columns) if (hasHighByte(c.rawName, 0, c.rawName.length)) sample.writeBytes(c.rawName);
        try (InputStream in = records()) {
            byte[] record = new byte[recordLength];
            for (int r = 0; r < recordCount && sample.size() < max; r++) {
                readRecord(in, record);
                for (Column c : columns) {
                    if (c.type == 'C' && hasHighByte(record, c.offset, c.length)) {
                        sample.write(record, c.offset, c.length);
                        sample.write(' ');
                    }
                }
            }
        } catch (IOException e) {
            throw new IngestException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return sample.toByteArray();
    }

    Table read(Charset charset, Findings findings) throws IngestException {
        List<SourceField> fields = fields(charset, findings);
        List<Map<String, Object>> rows = new ArrayList<>(recordCount);
        int deleted = 0;
        try (InputStream in = records()) {
            byte[] record = new byte[recordLength];
            for (int r = 0; r < recordCount; r++) {
                readRecord(in, record);
                if (record[0] == '*') {
                    rows.add(null);
                    deleted++;
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.put(fields.get(i).name(), value(columns.get(i), fields.get(i).name(), record, charset, findings, r));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new IngestException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (deleted > 0) {
            findings.add(Severity.INFO, "deleted-records", deleted + " records marked deleted in the .dbf were skipped", null);
        }
        return new Table(fields, rows);
    }

    private List<SourceField> fields(Charset charset, Findings findings) {
        List<SourceField> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String name = new String(c.rawName, charset).strip();
            if (name.isEmpty()) name = "FIELD_" + (i + 1);
            String unique = name;
            for (int n = 2; !seen.add(unique.toUpperCase(Locale.ROOT)); n++) unique = name + "_" + n;
            if (!unique.equals(name)) {
                findings.add(Severity.INFO, "renamed-field", "fields with the same name were renamed", name + " → " + unique);
            }
            String type = typeOf(c);
            if (type == null) {
                findings.add(Severity.WARNING, "unsupported-field-type", "fields of unsupported dBase types were left empty",
                        unique + " (type " + c.type + ")");
                type = "string";
            }
            fields.add(new SourceField(unique, type));
        }
        return fields;
    }

    private static String typeOf(Column c) {
        switch (c.type) {
            case 'C': return "string";
            case 'N': case 'F': return c.decimals == 0 && c.length <= 18 ? "integer" : "number";
            case 'D': return "date";
            case 'L': return "boolean";
            case 'I': return "integer";
            case 'O': return "number";
            default: return null;
        }
    }

    private static Object value(Column c, String field, byte[] record, Charset charset, Findings findings, int row) {
        int start = c.offset;
        int end = c.offset + c.length;
        switch (c.type) {
            case 'C': {
                while (end > start && (record[end - 1] == ' ' || record[end - 1] == 0)) end--;
                return end == start ? null : new String(record, start, end - start, charset);
            }
            case 'N': case 'F': {
                String s = ascii(record, start, end);
                if (s.isEmpty() || s.startsWith("*") || s.equals("-") || s.equals(".")) return null;
                try {
                    double d = Double.parseDouble(s.replace(',', '.'));
                    boolean integer = c.decimals == 0 && c.length <= 18;
                    if (!integer) return d;
                    if (d == Math.rint(d) && Math.abs(d) < 1e18) return s.matches("[-+]?\\d+") ? Long.parseLong(s) : (long) d;
                    throw new NumberFormatException(s);
                } catch (NumberFormatException e) {
                    return bad(findings, "bad-number", "values that are not numbers were left empty", field, s, row);
                }
            }
            case 'D': {
                String s = ascii(record, start, end);
                if (s.isEmpty() || s.matches("0+")) return null;
                try {
                    return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                            Integer.parseInt(s.substring(6, 8)));
                } catch (NumberFormatException | StringIndexOutOfBoundsException | DateTimeException e) {
                    return bad(findings, "bad-date", "values that are not dates were left empty", field, s, row);
                }
            }
            case 'L': {
                char v = c.length == 0 ? '?' : Character.toUpperCase((char) record[start]);
                return v == 'T' || v == 'Y' ? Boolean.TRUE : v == 'F' || v == 'N' ? Boolean.FALSE : null;
            }
            case 'I':
                return c.length == 4 ? (Object) (long) ByteBuffer.wrap(record, start, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() : null;
            case 'O':
                return c.length == 8 ? (Object) ByteBuffer.wrap(record, start, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble() : null;
            default:
                return null;
        }
    }

    private static Object bad(Findings findings, String code, String message, String field, String value, int row) {
        findings.add(Severity.WARNING, code, message, "record " + row + " " + field + "='" + value + "'");
        return null;
    }

    private static String ascii(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1).replace('\0', ' ').strip();
    }

    private static boolean hasHighByte(byte[] b, int start, int length) {
        for (int i = start; i < start + length; i++) if (b[i] < 0) return true;
        return false;
    }

    private InputStream records() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.skipNBytes(headerLength);
        return in;
    }

    private static void readRecord(InputStream in, byte[] record) throws IOException {
        if (in.readNBytes(record, 0, record.length) < record.length) throw new EOFException("the .dbf ends inside a record");
    }
}
