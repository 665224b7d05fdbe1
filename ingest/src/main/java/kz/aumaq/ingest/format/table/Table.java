package kz.aumaq.ingest.format.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;

/**
 * A table as read from a file, before geometry and types are decided.
 *
 * @param header    column names, made unique and non-blank
 * @param rows      cells by column name: text as written (CSV) or typed values (XLSX)
 * @param textCells whether the cells are still text to be parsed
 */
record Table(List<String> header, List<Row> rows, boolean textCells) {

    /** @param id how the user finds the row, e.g. {@code row 17} as the spreadsheet numbers it */
    record Row(String id, Map<String, Object> cells) {
    }

    /** A non-blank line or row of the file, values in column order. */
    record Line(String id, List<Object> values) {
    }

    /**
     * The table of a file's non-blank lines. The header is the first line, after any title lines
     * above it (statistics tables often start with "Table 3. Population…" in a single cell).
     */
    static Table of(List<Line> lines, boolean textCells, Findings findings) throws IngestException {
        if (lines.isEmpty()) throw new IngestException("the file is empty");
        int header = 0;
        while (header + 1 < lines.size() && filled(lines.get(header)) == 1 && filled(lines.get(header + 1)) > 1) {
            findings.add(Severity.INFO, "title-skipped", "title lines above the header were skipped",
                    lines.get(header).id() + ": " + firstValue(lines.get(header)));
            header++;
        }
        List<Object> names = new ArrayList<>(lines.get(header).values());
        while (!names.isEmpty() && blank(names.get(names.size() - 1))) names.remove(names.size() - 1);
        List<String> columns = uniqueNames(names);
        List<Row> rows = new ArrayList<>();
        for (Line line : lines.subList(header + 1, lines.size())) {
            Map<String, Object> cells = new LinkedHashMap<>();
            List<Object> values = line.values();
            for (int i = 0; i < columns.size(); i++) cells.put(columns.get(i), i < values.size() ? values.get(i) : null);
            for (int i = columns.size(); i < values.size(); i++) {
                if (!blank(values.get(i))) {
                    findings.add(Severity.WARNING, "row-too-long",
                            "rows with more values than the header has columns; the extra values were dropped", line.id());
                    break;
                }
            }
            rows.add(new Row(line.id(), cells));
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

    private static long filled(Line line) {
        return line.values().stream().filter(v -> !blank(v)).count();
    }

    private static String firstValue(Line line) {
        return line.values().stream().filter(v -> !blank(v)).findFirst().map(Object::toString).orElse("");
    }
}
