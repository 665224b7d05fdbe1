package kz.aumaq.ingest.source;

/** A file that cannot be read at all, with a message the user can act on. Nothing was changed. */
public class IngestException extends Exception {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
