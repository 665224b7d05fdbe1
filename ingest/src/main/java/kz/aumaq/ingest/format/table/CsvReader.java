package kz.aumaq.ingest.format.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.aumaq.ingest.format.EncodingGuess;
import kz.aumaq.ingest.format.SizeLimit;
import kz.aumaq.ingest.format.TextEncodings;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * A CSV (or TSV) file with a header row. Encoding: a byte order mark (UTF-8, or the UTF-16 of
 * Excel's "Unicode text"), else detected (UTF-8, Windows-1251 or DOS 866); delimiter detected;
 * with {@code ;} as delimiter numbers may use a decimal comma, as Russian-locale Excel writes them.
 */
public final class CsvReader implements DatasetReader {

    private static final int SAMPLE_BYTES = 1 << 20;

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".txt");
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        SizeLimit.check(options, file);
        String fileName = file.getFileName().toString();
        Findings findings = new Findings();
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SAMPLE_BYTES);
            }
            int bom = 0;
            Charset charset;
            if (options.encoding() != null && !options.encoding().isBlank()) {
                charset = TextEncodings.named(options.encoding());
            } else if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                charset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (startsWith(head, 0xFF, 0xFE)) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (startsWith(head, 0xFE, 0xFF)) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else {
                EncodingGuess guess = EncodingGuess.of(head);
                charset = guess.charset();
                findings.add(Severity.INFO, "encoding-detected", "text encoding detected as " + charset.name()
                        + " (" + guess.evidence() + ")", null);
            }
            if (startsWith(head, 0xEF, 0xBB, 0xBF) && charset.equals(StandardCharsets.UTF_8)) bom = 3;
            String sample = new String(head, bom, head.length - bom, charset);
            char delimiter = fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : CsvSyntax.detectDelimiter(sample);
            Table table = table(file, bom, charset, delimiter, findings);
            String base = fileName.replaceFirst("\\.[^.]*$", "");
            return TableDataset.build(base, table, options, findings, charset.name(), delimiter == ';');
        } catch (IngestException e) {
            if (e.getMessage().startsWith(fileName)) throw e;
            throw new IngestException(fileName + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException("cannot read " + fileName + ": " + e.getMessage(), e);
        }
    }

    private static Table table(Path file, int bom, Charset charset, char delimiter, Findings findings)
            throws IOException, IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            CsvSyntax csv = new CsvSyntax(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), delimiter);
            List<Table.Row> lines = new ArrayList<>();
            for (List<String> record = csv.next(); record != null; record = csv.next()) {
                if (allBlank(record)) continue; // ";;;" lines of spreadsheet exports
                lines.add(new Table.Row(csv.recordLine(), record.toArray()));
            }
            return Table.of(lines, true, findings);
        }
    }

    private static boolean allBlank(List<String> values) {
        for (int i = 0; i < values.size(); i++) if (!values.get(i).isBlank()) return false;
        return true;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
