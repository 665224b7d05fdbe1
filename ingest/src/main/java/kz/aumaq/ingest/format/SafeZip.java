package kz.aumaq.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;

/**
 * Opens zip archives from users without trusting them: no more than {@link ReadOptions#maxEntries()}
 * entries, no names that climb out of the target folder ({@code ..}, absolute paths), and no zip
 * bombs: the bytes actually inflated are counted against {@link ReadOptions#maxBytes()} and against
 * {@value #MAX_RATIO}× the entry's compressed size (declared sizes can lie, inflated bytes cannot).
 */
public final class SafeZip {

    static final int MAX_RATIO = 100;
    /** Small entries may compress extremely well (a blank-padded DBF); only big ones can hurt. */
    static final long RATIO_FLOOR = 1024 * 1024;
    /** Windows archivers write Cyrillic entry names in the OEM code page, not UTF-8. */
    private static final Charset DOS_NAMES = Charset.forName("IBM866");

    private SafeZip() {
    }

    /** Extracts into {@code dir} (which should be new and empty); returns the files written. */
    public static List<Path> extract(Path zip, Path dir, ReadOptions options) throws IngestException {
        return walk(zip, dir, options);
    }

    /** Inflates every entry through the same limits without writing anything (an XLSX is a zip too). */
    public static void check(Path zip, ReadOptions options) throws IngestException {
        walk(zip, null, options);
    }

    private static List<Path> walk(Path zip, Path dir, ReadOptions options) throws IngestException {
        String zipName = zip.getFileName().toString();
        try (ZipFile archive = open(zip)) {
            List<? extends ZipEntry> entries = Collections.list(archive.entries());
            if (entries.size() > options.maxEntries()) {
                throw new IngestException(zipName + " holds " + entries.size() + " entries, more than the "
                        + options.maxEntries() + " accepted");
            }
            List<Path> written = new ArrayList<>();
            long total = 0;
            for (ZipEntry entry : entries) {
                String name = safeName(zipName, entry.getName());
                Path target = dir == null ? null : dir.resolve(name).normalize();
                if (target != null && !target.startsWith(dir)) {
                    throw new IngestException(zipName + ": entry '" + entry.getName() + "' points outside the archive's folder");
                }
                if (entry.isDirectory()) {
                    if (target != null) Files.createDirectories(target);
                    continue;
                }
                long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : Files.size(zip);
                try (InputStream in = archive.getInputStream(entry); OutputStream out = sink(target)) {
                    total = copy(zipName, entry.getName(), in, out, compressed, total, options.maxBytes());
                } catch (FileAlreadyExistsException e) {
                    throw new IngestException(zipName + " holds '" + entry.getName() + "' twice");
                } catch (ZipException | java.io.EOFException e) {
                    throw new IngestException(zipName + " is damaged: entry '" + entry.getName() + "' cannot be unpacked ("
                            + e.getMessage() + ")", e);
                }
                if (target != null) written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new IngestException(zipName + " is not a readable zip archive (" + e.getMessage() + ")", e);
        }
    }

    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) { // entry names that are not UTF-8
            return new ZipFile(zip.toFile(), DOS_NAMES);
        }
    }

    /** The entry name as a relative path, or an IngestException for traversal and absolute names. */
    private static String safeName(String zipName, String raw) throws IngestException {
        String name = raw.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + name + "/").contains("/../");
        if (absolute || climbs || name.indexOf('\0') >= 0) {
            throw new IngestException(zipName + ": entry '" + raw + "' has an unsafe name (absolute, or climbing out with '..')");
        }
        return name;
    }

    private static OutputStream sink(Path target) throws IOException {
        if (target == null) return OutputStream.nullOutputStream();
        Files.createDirectories(target.getParent());
        return Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Copies one entry; returns the archive's unpacked total so far. */
    private static long copy(String zipName, String entry, InputStream in, OutputStream out, long compressed,
                             long unpackedBefore, long maxBytes) throws IOException, IngestException {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            count += n;
            if (unpackedBefore + count > maxBytes) {
                throw new IngestException(zipName + " unpacks to more than the " + SizeLimit.megabytes(maxBytes)
                        + " accepted (at entry '" + entry + "'): refused as a possible zip bomb");
            }
            if (count > RATIO_FLOOR && count > MAX_RATIO * compressed) {
                throw new IngestException(zipName + ": entry '" + entry + "' inflates more than " + MAX_RATIO
                        + " times its packed size of " + SizeLimit.megabytes(compressed) + ": refused as a zip bomb");
            }
            out.write(buffer, 0, n);
        }
        return unpackedBefore + count;
    }
}
