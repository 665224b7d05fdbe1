package kz.aumaq.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import kz.aumaq.server.config.AumaqProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's copies of uploaded files, under {@code <data-dir>/uploads/<job id>/}: the file
 * itself is kept in the database ({@link UploadJobStore}), so any node can run or preview a job;
 * the node doing so fetches it here first. Copies go after the commit, or after a day (swept
 * whenever a new file arrives: no scheduler needed).
 */
@Component
class UploadStore {

    static final Duration KEEP = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
    private final Path root;
    private final Clock clock;

    UploadStore(AumaqProperties properties, Clock clock) {
        this.root = properties.dataDir().resolve("uploads");
        this.clock = clock;
    }

    /** The job's file on this node, fetched from the database when this node has no copy yet. */
    synchronized Path local(UploadJob job, UploadJobStore jobs) {
        Path dir = root.resolve(job.id());
        Path file = dir.resolve(safeName(job.fileName()));
        if (Files.isRegularFile(file)) return file;
        sweep();
        try {
            Files.createDirectories(dir);
            Path partial = dir.resolve(".partial");
            jobs.copyFile(job.id(), partial);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload on this node", e);
        }
    }

    void delete(String id) {
        deleteTree(root.resolve(id));
    }

    private void sweep() {
        if (!Files.isDirectory(root)) return;
        Instant cutoff = clock.instant().minus(KEEP);
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> {
                try {
                    return Files.getLastModifiedTime(d).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(UploadStore::deleteTree);
        } catch (IOException e) {
            log.warn("cannot sweep old uploads in {}", root, e);
        }
    }

    /** Only the last name part, and only harmless characters: the name comes from the client. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) name = "upload" + name;
        return name;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("cannot delete {}", p, e);
                }
            });
        } catch (IOException e) {
            log.warn("cannot delete {}", dir, e);
        }
    }
}
