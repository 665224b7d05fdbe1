package kz.aumaq.gis.print;

/** A finished print: the file's bytes, its MIME type and the name to save it under. */
public record Printout(byte[] body, String contentType, String fileName) {
}
