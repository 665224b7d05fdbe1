package kz.aumaq.ingest.format.table;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import kz.aumaq.ingest.source.IngestException;

/**
 * CSV as spreadsheets write it (RFC 4180): a delimiter detected among {@code , ; TAB |}, fields
 * optionally in double quotes with {@code ""} for a quote, line breaks allowed inside quotes.
 */
final class CsvSyntax {

    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[1 << 16];
    private int buffered;
    private int next;
    private int line = 1;
    private int recordLine;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();

    CsvSyntax(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /**
     * The delimiter of a text sample: the candidate found in the first line (outside quotes) that
     * recurs equally often in the most following lines; ',' when none does (a one-column file).
     */
    static char detectDelimiter(String sample) {
        List<String> lines = logicalLines(sample);
        char best = ',';
        double bestScore = 0;
        for (char d : DELIMITERS) {
            if (lines.isEmpty()) break;
            int header = count(lines.get(0), d);
            if (header == 0) continue;
            int same = 0;
            for (int i = 1; i < lines.size(); i++) if (count(lines.get(i), d) == header) same++;
            double consistency = lines.size() == 1 ? 1 : (double) same / (lines.size() - 1);
            double score = consistency * 1000 + Math.min(header, 999);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /**
     * The next record's fields, or null at the end; blank lines are skipped. The list is reused:
     * it holds this record until the next call.
     */
    List<String> next() throws IOException, IngestException {
        while (true) {
            if (next == buffered && !fill()) return null;
            char c = buffer[next];
            if (c != '\n' && c != '\r') break;
            if (c == '\n') line++;
            next++;
        }
        recordLine = line;
        return record();
    }

    /** The line the record last returned starts on (1-based), as a text editor numbers it. */
    int recordLine() {
        return recordLine;
    }

    private List<String> record() throws IOException, IngestException {
        fields.clear();
        int startLine = line;
        while (true) {
            if ((next < buffered || fill()) && buffer[next] == '"') {
                next++;
                field.setLength(0);
                appendQuoted(startLine);
                appendPlain(); // after the closing quote, anything up to the delimiter is kept as written
                fields.add(field.toString());
            } else {
                fields.add(plain());
            }
            if (next == buffered && !fill()) return fields;
            char end = buffer[next++];
            if (end == delimiter) continue;
            if (end == '\n') {
                line++;
            } else if ((next < buffered || fill()) && buffer[next] == '\n') { // \r\n
                next++;
                line++;
            }
            return fields;
        }
    }

    /**
     * An unquoted field: everything up to the delimiter or line break, quotes included. Usually
     * it lies within the buffer and becomes a string at once, without copying character by character.
     */
    private String plain() throws IOException {
        int start = next;
        next = fieldEnd(start);
        if (next < buffered) return new String(buffer, start, next - start);
        field.setLength(0);
        field.append(buffer, start, next - start);
        if (fill()) appendPlain();
        return field.toString();
    }

    private void appendPlain() throws IOException {
        do {
            int start = next;
            next = fieldEnd(start);
            field.append(buffer, start, next - start);
        } while (next == buffered && fill());
    }

    /** Where the field starting at {@code from} ends in the buffer: its delimiter or line break, else the buffer's end. */
    private int fieldEnd(int from) {
        int i = from;
        while (i < buffered) {
            char c = buffer[i];
            if (c == delimiter || c == '\n' || c == '\r') return i;
            i++;
        }
        return i;
    }

    /** A quoted field's text, after its opening quote, up to and including the closing one; "" is a quote. */
    private void appendQuoted(int startLine) throws IOException, IngestException {
        while (true) {
            if (next == buffered && !fill()) throw new IngestException("a quoted field opened on line " + startLine + " is never closed");
            int start = next;
            while (next < buffered && buffer[next] != '"') {
                if (buffer[next] == '\n') line++;
                next++;
            }
            field.append(buffer, start, next - start);
            if (next == buffered) continue;
            next++;
            if (next == buffered && !fill()) return;
            if (buffer[next] != '"') return;
            field.append('"');
            next++;
        }
    }

    /** Reads the next stretch of text into the buffer (our own: Reader.read() per character is slow); false at the end. */
    private boolean fill() throws IOException {
        next = 0;
        buffered = Math.max(in.read(buffer, 0, buffer.length), 0);
        return buffered > 0;
    }

    /** The sample's first lines, quoted line breaks kept inside their line. */
    private static List<String> logicalLines(String sample) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < SAMPLE_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') quoted = !quoted;
            if ((c == '\n' || c == '\r') && !quoted) {
                if (!current.toString().isBlank()) lines.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        // the sample may end inside a line: keep it only if it is all there is
        if (lines.isEmpty() && !current.toString().isBlank()) lines.add(current.toString());
        return lines;
    }

    private static int count(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) n++;
        }
        return n;
    }
}
