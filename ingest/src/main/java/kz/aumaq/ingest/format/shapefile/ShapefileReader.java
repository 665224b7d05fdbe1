package kz.aumaq.ingest.format.shapefile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.format.CrsChoice;
import kz.aumaq.ingest.format.DatasetBuilder;
import kz.aumaq.ingest.format.EncodingGuess;
import kz.aumaq.ingest.format.SizeLimit;
import kz.aumaq.ingest.format.TextEncodings;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * An ESRI Shapefile: the {@code .shp} with its {@code .dbf} beside it, the CRS from the
 * {@code .prj}, the text encoding from the {@code .cpg} or, without one, detected from the
 * {@code .dbf} bytes (UTF-8, Windows-1251 or DOS 866) and reported. Zipped shapefiles are
 * unpacked by {@link kz.aumaq.ingest.format.DatasetReaders} first.
 */
public final class ShapefileReader implements DatasetReader {

    private static final int SAMPLE_BYTES = 1 << 20;

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    @Override
    public SourceDataset read(Path shp, ReadOptions options) throws IngestException {
        String fileName = shp.getFileName().toString();
        String base = fileName.substring(0, fileName.length() - 4);
        if (!Files.isRegularFile(shp)) throw new IngestException("no shapefile at " + fileName);
        Path dbf = sibling(shp, "dbf").orElseThrow(() -> new IngestException(
                fileName + " has no " + base + ".dbf beside it: a shapefile needs at least its .shp and .dbf"));
        SizeLimit.check(options, shp, dbf);

        Findings findings = new Findings();
        SourceCrs crs = crs(shp, base, options, findings);
        DbfFile attributes = DbfFile.open(dbf);
        Charset charset = charset(shp, base, attributes, options, findings);
        List<Geometry> shapes = new ShpFile(shp, sibling(shp, "shx").orElse(null), new GeometryFactory(), findings).read();
        DbfFile.Table table = attributes.read(charset, findings);
        if (shapes.size() != table.rows().size()) {
            throw new IngestException(fileName + " holds " + shapes.size() + " shapes but " + base + ".dbf "
                    + table.rows().size() + " records: one of them is damaged or from another file");
        }
        DatasetBuilder dataset = new DatasetBuilder(crs, findings);
        for (int i = 0; i < shapes.size(); i++) {
            Map<String, Object> row = table.rows().get(i);
            if (row != null) dataset.add(String.valueOf(i), shapes.get(i), row);
        }
        return dataset.build(base, table.fields(), charset.name());
    }

    private static SourceCrs crs(Path shp, String base, ReadOptions options, Findings findings) throws IngestException {
        Optional<Path> prj = sibling(shp, "prj");
        SourceCrs declared = null;
        IngestException unreadable = null;
        if (prj.isPresent()) {
            try {
                // WKT is ASCII; Latin-1 reads any byte, so odd bytes reach the parser's message rather than failing here
                declared = SourceCrs.ofWkt(Files.readString(prj.get(), StandardCharsets.ISO_8859_1));
            } catch (IngestException e) {
                unreadable = e;
            } catch (IOException e) {
                unreadable = new IngestException("cannot read " + prj.get().getFileName() + ": " + e.getMessage(), e);
            }
        }
        String what = prj.isPresent() ? base + ".prj" : shp.getFileName() + " (no .prj)";
        return CrsChoice.choose(what, declared, unreadable, options, findings);
    }

    private static Charset charset(Path shp, String base, DbfFile dbf, ReadOptions options, Findings findings) throws IngestException {
        if (options.encoding() != null && !options.encoding().isBlank()) return TextEncodings.named(options.encoding());
        Optional<Path> cpg = sibling(shp, "cpg");
        Charset declared = null;
        if (cpg.isPresent()) {
            String text = readQuietly(cpg.get());
            declared = CodePage.parse(text).orElse(null);
            if (declared == null) {
                findings.add(Severity.WARNING, "unknown-encoding", base + ".cpg names an unknown encoding '" + text.strip()
                        + "'; the encoding was detected instead", null);
            }
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) return declared;
        byte[] sample = dbf.textSample(SAMPLE_BYTES);
        if (declared != null) {
            if (EncodingGuess.isUtf8(sample)) return declared;
            EncodingGuess guess = EncodingGuess.of(sample);
            findings.add(Severity.WARNING, "wrong-encoding", base + ".cpg says UTF-8 but the text is not valid UTF-8; read as "
                    + guess.charset().name() + " (" + guess.evidence() + ")", null);
            return guess.charset();
        }
        EncodingGuess guess = EncodingGuess.of(sample);
        findings.add(Severity.INFO, "encoding-detected", "no .cpg: text encoding detected as " + guess.charset().name()
                + " (" + guess.evidence() + ")", null);
        return guess.charset();
    }

    private static String readQuietly(Path file) throws IngestException {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IngestException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The file with the same base name and this extension, in any letter case. */
    static Optional<Path> sibling(Path shp, String extension) {
        String name = shp.getFileName().toString();
        String wanted = name.substring(0, name.length() - 3) + extension;
        Path exact = shp.resolveSibling(wanted);
        if (Files.isRegularFile(exact)) return Optional.of(exact);
        Path dir = shp.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().equalsIgnoreCase(wanted)).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
