package kz.aumaq.ingest.job;

import java.util.Locale;

/** How an ingest job ended. Only COMMITTED wrote anything. */
public enum JobStatus {
    /** Checked only, at the user's request: the report, nothing written. */
    DRY_RUN,
    /** Written, in one transaction. */
    COMMITTED,
    /** Refused: unreadable file, errors in the report, or the store said no. Nothing written. */
    FAILED,
    /** The same file with the same options was committed before and is still the current data. */
    UNCHANGED;

    /** {@code dry-run}, {@code committed}, …: as stored and shown. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static JobStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
