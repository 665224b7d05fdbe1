package kz.aumaq.ingest.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;

/** The largest input accepted ({@link ReadOptions#maxBytes()}), checked before anything is parsed. */
public final class SizeLimit {

    private SizeLimit() {
    }

    /** Refuses files (together) larger than the limit. */
    public static void check(ReadOptions options, Path... files) throws IngestException {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new IngestException("cannot read " + f.getFileName() + ": " + e.getMessage(), e);
            }
        }
        if (total > options.maxBytes()) {
            throw new IngestException((files.length == 1 ? files[0].getFileName() + " is " : "the files are ")
                    + megabytes(total) + ", more than the " + megabytes(options.maxBytes()) + " accepted");
        }
    }

    static String megabytes(long bytes) {
        return bytes < 10 * 1024 * 1024 ? String.format("%,d bytes", bytes) : String.format("%,d MB", bytes / (1024 * 1024));
    }
}
