package kz.aumaq.ingest.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * SHA-256 of what a job reads. A shapefile is several files, and a changed .dbf (names) or .prj
 * (CRS) changes the data as much as a changed .shp, so for a .shp its siblings .shx, .dbf, .prj
 * and .cpg (those present, in that order) are digested after it.
 */
public final class FileChecksum {

    private static final List<String> SHAPEFILE_SIBLINGS = List.of(".shx", ".dbf", ".prj", ".cpg");

    private FileChecksum() {
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        update(digest, file);
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".shp")) {
            String base = name.substring(0, name.length() - 4);
            for (String ext : SHAPEFILE_SIBLINGS) {
                for (String e : List.of(ext, ext.toUpperCase(Locale.ROOT))) {
                    Path sibling = file.resolveSibling(base + e);
                    if (Files.isRegularFile(sibling)) {
                        update(digest, sibling);
                        break;
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
        }
    }
}
