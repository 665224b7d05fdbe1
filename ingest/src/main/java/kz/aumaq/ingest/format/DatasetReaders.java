package kz.aumaq.ingest.format;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.aumaq.ingest.format.geojson.GeoJsonReader;
import kz.aumaq.ingest.format.geopackage.GeoPackageReader;
import kz.aumaq.ingest.format.shapefile.ShapefileReader;
import kz.aumaq.ingest.format.table.CsvReader;
import kz.aumaq.ingest.format.table.XlsxReader;
import kz.aumaq.ingest.report.Finding;
import kz.aumaq.ingest.source.DatasetReader;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * Picks the reader for a file by its extension, and opens zips: a zip is unpacked safely
 * ({@link SafeZip}) into a temporary folder, deleted afterwards, and the dataset inside is read:
 * a shapefile first, else a GeoPackage, GeoJSON, CSV or XLSX. With several, the one named by
 * {@link ReadOptions#table()} (by file name without extension), else the first, and the report
 * lists the others.
 */
public final class DatasetReaders implements DatasetReader {

    private final List<DatasetReader> readers;

    public DatasetReaders() {
        this(List.of(new ShapefileReader(), new GeoPackageReader(), new GeoJsonReader(), new CsvReader(), new XlsxReader()));
    }

    /** @param readers in order of preference, for zips holding several datasets */
    public DatasetReaders(List<DatasetReader> readers) {
        this.readers = List.copyOf(readers);
    }

    @Override
    public boolean accepts(Path file) {
        return isZip(file) || readerFor(file).isPresent();
    }

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IngestException {
        if (!Files.isRegularFile(file)) throw new IngestException("no file at " + file.getFileName());
        if (isZip(file)) return readZip(file, options);
        DatasetReader reader = readerFor(file).orElseThrow(() -> unsupported(file));
        return reader.read(file, options);
    }

    private Optional<DatasetReader> readerFor(Path file) {
        return readers.stream().filter(r -> r.accepts(file)).findFirst();
    }

    private SourceDataset readZip(Path zip, ReadOptions options) throws IngestException {
        SizeLimit.check(options, zip);
        Path dir;
        try {
            dir = Files.createTempDirectory("aumaq-ingest-");
        } catch (IOException e) {
            throw new IngestException("cannot unpack " + zip.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            List<Path> files = SafeZip.extract(zip, dir, options);
            List<Path> datasets = datasets(files);
            if (datasets.isEmpty()) {
                throw new IngestException(zip.getFileName() + " holds no .shp (nor .gpkg, .geojson, .csv or .xlsx); inside: "
                        + contents(dir, files));
            }
            Path chosen = chosen(datasets, options.table());
            SourceDataset read = readerFor(chosen).orElseThrow().read(chosen, options);
            if (datasets.size() == 1) return read;
            List<Finding> findings = new ArrayList<>(read.findings());
            findings.add(Finding.info("other-datasets", "read " + dir.relativize(chosen) + "; " + zip.getFileName()
                    + " also holds " + String.join(", ", datasets.stream().filter(d -> d != chosen)
                    .map(d -> dir.relativize(d).toString()).toList()) + " (name one to read it instead)"));
            return new SourceDataset(read.name(), read.fields(), read.features(), read.sourceCrs(), read.encoding(), findings);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Readable files, shapefiles first then by reader preference and name; macOS resource forks skipped. */
    private List<Path> datasets(List<Path> files) {
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.startsWith("._") || f.toString().contains("__MACOSX")) continue;
            // a .txt beside a shapefile is a readme, not a table: only CSVs given directly may be .txt
            if (readerFor(f).isPresent() && !isZip(f) && !name.toLowerCase(Locale.ROOT).endsWith(".txt")) out.add(f);
        }
        out.sort(Comparator.comparingInt((Path f) -> readers.indexOf(readerFor(f).orElseThrow())).thenComparing(Path::toString));
        return out;
    }

    private static Path chosen(List<Path> datasets, String wanted) {
        if (wanted != null && !wanted.isBlank()) {
            for (Path d : datasets) {
                String base = d.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                if (base.equalsIgnoreCase(wanted.strip())) return d;
            }
        }
        return datasets.get(0);
    }

    private static String contents(Path dir, List<Path> files) {
        if (files.isEmpty()) return "nothing";
        List<String> names = files.stream().limit(20).map(f -> dir.relativize(f).toString()).toList();
        return String.join(", ", names) + (files.size() > names.size() ? " and " + (files.size() - names.size()) + " more" : "");
    }

    private static IngestException unsupported(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String hint = lower.endsWith(".xls") ? " (save it as .xlsx)"
                : lower.endsWith(".dbf") || lower.endsWith(".shx") || lower.endsWith(".prj") ? " (give the .shp, or a zip of all the parts)"
                : "";
        return new IngestException(name + " is not a format we read" + hint
                + ": shapefiles (.shp or .zip), GeoPackage (.gpkg), GeoJSON (.geojson, .json), CSV (.csv, .tsv, .txt) and XLSX (.xlsx)");
    }

    private static boolean isZip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a leftover temporary folder is not worth failing a read for
        }
    }
}
