package kz.aumaq.ingest.format.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.aumaq.ingest.format.SafeZip;
import kz.aumaq.ingest.format.SizeLimit;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An XLSX workbook's first sheet, or the one named by {@link ReadOptions#table()}: the first
 * non-empty row is the header (after any title rows above it). Cells keep their types (numbers, text, booleans; dates by their
 * number format). An XLSX is a zip, so it passes {@link SafeZip}'s bomb checks before it is opened.
 */
public final class XlsxReader implements DatasetReader {

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        SizeLimit.check(options, file);
        SafeZip.check(file, options);
        String fileName = file.getFileName().toString();
        Findings findings = new Findings();
        // cell formats are needed to tell dates from numbers; parse errors become error cells, not exceptions
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true))) {
            Sheet sheet = sheet(workbook, fileName, options.table());
            Table table = table(sheet, findings);
            String base = fileName.replaceFirst("\\.[^.]*$", "");
            String name = options.table() == null ? base : base + " / " + sheet.getName();
            return TableDataset.build(name, table, options, findings, "UTF-8", false);
        } catch (IngestException e) {
            throw new IngestException(fileName + ": " + e.getMessage(), e);
        } catch (IOException | UncheckedIOException | ExcelReaderException e) {
            throw new IngestException(fileName + " is not a readable XLSX workbook (" + e.getMessage() + ")", e);
        }
    }

    private static Sheet sheet(ReadableWorkbook workbook, String fileName, String wanted) throws IngestException {
        if (wanted == null || wanted.isBlank()) return workbook.getFirstSheet();
        return workbook.findSheet(wanted).orElseThrow(() -> new IngestException(fileName + " has no sheet '" + wanted
                + "'; its sheets: " + String.join(", ", workbook.getSheets().map(Sheet::getName).toList())));
    }

    private static Table table(Sheet sheet, Findings findings) throws IOException, IngestException {
        List<Table.Row> lines = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                String id = "row " + row.getRowNum();
                List<Object> values = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    Object v = row.getOptionalCell(i).map(c -> value(c, id, findings)).orElse(null);
                    any |= v != null;
                    values.add(v);
                }
                if (any) lines.add(new Table.Row(row.getRowNum(), values.toArray()));
            }
        }
        if (lines.isEmpty()) throw new IngestException("sheet '" + sheet.getName() + "' is empty");
        return Table.of(lines, false, findings);
    }

    private static Object value(Cell c, String id, Findings findings) {
        switch (c.getType()) {
            case NUMBER:
                return isDate(c.getDataFormatString()) ? date(c.asDate()) : number(c.asNumber());
            case STRING:
                String s = c.asString();
                return s == null || s.isEmpty() ? null : s;
            case BOOLEAN:
                return c.asBoolean();
            case FORMULA: { // the value Excel cached when the file was saved
                String raw = c.getRawValue();
                if (raw == null || raw.isEmpty()) return null;
                try {
                    return number(new BigDecimal(raw));
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            case ERROR:
                findings.add(Severity.WARNING, "cell-error", "cells holding an error (#N/A, #DIV/0!…) were left empty",
                        id + " " + c.getAddress() + ": " + c.getRawValue());
                return null;
            default:
                return null;
        }
    }

    private static Object number(BigDecimal n) {
        if (n == null) return null;
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) return stripped.longValueExact();
        return n.doubleValue();
    }

    /** Midnight dates as dates; with a time of day, as ISO text (attributes have no date-time type). */
    private static Object date(LocalDateTime t) {
        if (t == null) return null;
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate() : t.toString();
    }

    /** Whether a number format shows a date: it has d, m or y outside quoted text and [colour] sections. */
    static boolean isDate(String format) {
        if (format == null) return false;
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        if (f.equals("general")) return false;
        return f.contains("y") || f.contains("d") || (f.contains("m") && !f.contains("0"));
    }
}
