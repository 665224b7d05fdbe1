package kz.aumaq.ingest.source;

import java.nio.file.Path;

/**
 * Reads one file format into a {@link SourceDataset} in EPSG:4326. Implementations refuse what
 * they cannot read safely (corrupt, oversized, no CRS) with an {@link IngestException}.
 */
public interface DatasetReader {

    /** True when this reader handles the file (by extension, and by content where needed). */
    boolean accepts(Path file);

    SourceDataset read(Path file, ReadOptions options) throws IngestException;
}
