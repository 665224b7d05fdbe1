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
    private int pushedBack = -2;

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

    /** The next record's fields, or null at the end; blank lines are skipped. */
    List<String> next() throws IOException, IngestException {
        while (true) {
            int c = read();
            if (c < 0) return null;
            if (c == '\n') continue;
            if (c == '\r') continue;
            unread(c);
            recordLine = line;
            return record();
        }
    }

    /** The line the record last returned starts on (1-based), as a text editor numbers it. */
    int recordLine() {
        return recordLine;
    }

    private List<String> record() throws IOException, IngestException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int startLine = line;
        while (true) {
            int c = read();
            if (quoted) {
                if (c < 0) throw new IngestException("a quoted field opened on line " + startLine + " is never closed");
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(n);
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') unread(n);
                }
                fields.add(field.toString());
                return fields;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            if (next == buffered) { // our own buffer: Reader.read() per character is slow
                buffered = in.read(buffer, 0, buffer.length);
                next = 0;
                if (buffered <= 0) {
                    buffered = 0;
                    return -1;
                }
            }
            c = buffer[next++];
        }
        if (c == '\n') line++;
        return c;
    }

    private void unread(int c) {
        if (c == '\n') line--;
        pushedBack = c;
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
