package kz.aumaq.ingest.format.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;

/**
 * A table as read from a file, before geometry and types are decided.
 *
 * @param header    column names, made unique and non-blank
 * @param rows      the lines below the header: text as written (CSV) or typed values (XLSX)
 * @param textCells whether the cells are still text to be parsed
 */
record Table(List<String> header, List<Row> rows, boolean textCells) {

    /**
     * A non-blank line or row of the file, values in column order as written: a row may be
     * shorter or longer than the header, so cells are read through {@link #cell(int)}.
     *
     * @param number the row's number as the spreadsheet (or a text editor) numbers it
     */
    record Row(int number, Object[] values) {

        /** How the user finds the row, e.g. {@code row 17}; made when needed, not kept for every row read. */
        String id() {
            return "row " + number;
        }

        /** The value in a column of the header; null where the row is shorter. */
        Object cell(int column) {
            return column < values.length ? values[column] : null;
        }
    }

    /**
     * The table of a file's non-blank lines. The header is the first line, after any title lines
     * above it (statistics tables often start with "Table 3. Population…" in a single cell).
     */
    static Table of(List<Row> lines, boolean textCells, Findings findings) throws IngestException {
        if (lines.isEmpty()) throw new IngestException("the file is empty");
        int header = 0;
        while (header + 1 < lines.size() && filled(lines.get(header)) == 1 && filled(lines.get(header + 1)) > 1) {
            findings.add(Severity.INFO, "title-skipped", "title lines above the header were skipped",
                    lines.get(header).id() + ": " + firstValue(lines.get(header)));
            header++;
        }
        List<Object> names = new ArrayList<>(Arrays.asList(lines.get(header).values()));
        while (!names.isEmpty() && blank(names.get(names.size() - 1))) names.remove(names.size() - 1);
        List<String> columns = uniqueNames(names);
        // rows keep their values as read (no copy per row); values beyond the header are dropped by cell()
        List<Row> rows = lines.subList(header + 1, lines.size());
        int width = columns.size();
        for (Row row : rows) {
            Object[] values = row.values();
            for (int i = width; i < values.length; i++) {
                if (!blank(values[i])) {
                    findings.add(Severity.WARNING, "row-too-long",
                            "rows with more values than the header has columns; the extra values were dropped", row.id());
                    break;
                }
            }
        }
        return new Table(columns, rows, textCells);
    }

    /** Blank names become {@code column_N}; repeated ones get {@code _2}, {@code _3}. */
    static List<String> uniqueNames(List<Object> raw) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i) == null ? "" : raw.get(i).toString().strip();
            if (name.isEmpty()) name = "column_" + (i + 1);
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) unique = name + "_" + n;
            names.add(unique);
        }
        return names;
    }

    static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    private static long filled(Row line) {
        return Arrays.stream(line.values()).filter(v -> !blank(v)).count();
    }

    private static String firstValue(Row line) {
        return Arrays.stream(line.values()).filter(v -> !blank(v)).findFirst().map(Object::toString).orElse("");
    }
}
