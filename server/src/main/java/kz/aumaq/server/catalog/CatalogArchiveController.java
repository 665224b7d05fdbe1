package kz.aumaq.server.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.style.sld.SldReader;
import kz.aumaq.server.api.ApiException;
import kz.aumaq.server.audit.AuditTrail;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/catalog}: the whole catalog as one zip ({@code GET /export}), and that zip taken back
 * ({@code POST /import}, a dry run unless {@code dryRun=false}): backup and move between servers.
 * For GIS editors and administrators (SecurityConfig).
 */
@RestController
@RequestMapping("/api/catalog")
public class CatalogArchiveController {

    private final LayerCatalog catalog;
    private final CatalogStore store;
    private final ImportCatalog imports;
    private final Clock clock;

    public CatalogArchiveController(CatalogSync sync, CatalogEdits edits, AuditTrail audit, Clock clock) {
        this.catalog = sync.catalog();
        this.store = sync.store();
        this.imports = new ImportCatalog(edits, sync, audit);
        this.clock = clock;
    }

    @GetMapping("/export")
    public ResponseEntity<byte[]> export() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        byte[] zip = CatalogArchive.write(catalog, store.readAll(), base, clock.instant());
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(clock.instant().atZone(ZoneOffset.UTC));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aumaq-catalog-" + day + ".zip\"").body(zip);
    }

    /** The archive as the request body ({@code application/zip}). */
    @PostMapping(value = "/import", consumes = {"application/zip", "application/x-zip-compressed", "application/octet-stream"})
    public ResponseEntity<Map<String, Object>> importZip(@RequestBody(required = false) byte[] body,
                                                         @RequestParam(defaultValue = "true") boolean dryRun,
                                                         @RequestParam(defaultValue = "false") boolean skipRefused) {
        if (body == null || body.length == 0) throw new ApiException(HttpStatus.BAD_REQUEST, "body", "the request body must be a catalog zip (GET /api/catalog/export)");
        return run(body, dryRun, skipRefused);
    }

    /** The archive as the {@code file} part of a form (the layers page). */
    @PostMapping(value = "/import", consumes = "multipart/form-data")
    public ResponseEntity<Map<String, Object>> importForm(@RequestPart(name = "file", required = false) MultipartFile file,
                                                          @RequestParam(defaultValue = "true") boolean dryRun,
                                                          @RequestParam(defaultValue = "false") boolean skipRefused) throws IOException {
        if (file == null || file.isEmpty()) throw new ApiException(HttpStatus.BAD_REQUEST, "file", "a non-empty file part is required");
        return run(file.getBytes(), dryRun, skipRefused);
    }

    /** 200 with the report; 409 (nothing changed) when something was refused and the rest was not asked for. */
    private ResponseEntity<Map<String, Object>> run(byte[] zip, boolean dryRun, boolean skipRefused) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("aumaq-catalog-import");
            Path file = dir.resolve("catalog.zip");
            Files.write(file, zip);
            CatalogArchive.Contents contents = CatalogArchive.read(file, Files.createDirectory(dir.resolve("files")), new SldReader());
            ImportCatalog.Report report = imports.run(contents, dryRun, skipRefused);
            boolean blocked = !dryRun && !report.applied();
            return ResponseEntity.status(blocked ? HttpStatus.CONFLICT : HttpStatus.OK).body(report.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }
}
