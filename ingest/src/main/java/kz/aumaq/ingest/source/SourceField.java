package kz.aumaq.ingest.source;

/**
 * An attribute column of a file.
 *
 * @param type {@code string}, {@code integer}, {@code number}, {@code date} or {@code boolean}
 */
public record SourceField(String name, String type) {
}
