package kz.aumaq.ingest.format;

import kz.aumaq.ingest.crs.SourceCrs;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;

/**
 * Which CRS a file is read in. A CRS the user names wins (a copied {@code .prj} or a QGIS export
 * with a wrong {@code crs} member is a real case), with a warning when it contradicts the file;
 * otherwise the file's own; a file with none, or one we cannot recognise, is refused.
 */
public final class CrsChoice {

    private CrsChoice() {
    }

    /**
     * @param file       the file, for messages
     * @param declared   the CRS the file declares; null when it declares none or an unrecognised one
     * @param unreadable why the file's declaration could not be used; null when there is none or it was fine
     */
    public static SourceCrs choose(String file, SourceCrs declared, IngestException unreadable, ReadOptions options,
                                   Findings findings) throws IngestException {
        if (options.crs() != null && !options.crs().isBlank()) {
            SourceCrs named = SourceCrs.named(options.crs());
            if (declared != null && !declared.equals(named)) {
                findings.add(Severity.WARNING, "crs-overridden", file + " declares " + declared.code() + "; "
                        + named.code() + " was used as named", null);
            } else if (unreadable != null) {
                findings.add(Severity.INFO, "crs-named", file + ": " + unreadable.getMessage() + "; "
                        + named.code() + " was used as named", null);
            }
            return named;
        }
        if (declared != null) return declared;
        if (unreadable != null) throw new IngestException(file + ": " + unreadable.getMessage(), unreadable);
        throw new IngestException(file + " has no CRS: name one (e.g. EPSG:4326 for longitude/latitude, "
                + "EPSG:32642 for UTM 42N, EPSG:28413 for Pulkovo 1942 / Gauss–Krüger zone 13)");
    }
}
