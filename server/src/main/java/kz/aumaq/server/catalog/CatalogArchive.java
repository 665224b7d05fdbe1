package kz.aumaq.server.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.aumaq.gis.layer.CatalogJson;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.layer.LayerSettings;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.StyleCodec;
import kz.aumaq.gis.style.sld.SldWriter;
import kz.aumaq.gis.text.Lang;
import kz.aumaq.ingest.format.SafeZip;
import kz.aumaq.ingest.source.IngestException;
import kz.aumaq.ingest.source.ReadOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog as one zip of readable files, to back it up or move it to another server (what
 * GeoServer users do with their data directory):
 * <pre>
 * catalog.json            what is inside, when and where it was exported, the styles deleted on purpose
 * styles/NAME.sld         each style as SLD 1.0 (as uploaded when it was uploaded), for QGIS and GeoServer
 * styles/NAME.json        each style exactly, titles in kk/ru/en (what an import reads first)
 * layers/NAME.json        each layer's settings
 * groups/NAME.json        each group
 * </pre>
 * Reading takes untrusted zips: {@link SafeZip}'s limits (no {@code ..} or absolute names, no
 * bombs), then every file checked; what cannot be used is reported, never half applied.
 */
final class CatalogArchive {

    static final String FORMAT = "aumaq-catalog";
    static final int VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");
    /** A catalog is small: thousands of files or megabytes of JSON are not one. */
    private static final ReadOptions LIMITS = new ReadOptions(null, null, null, 64L * 1024 * 1024, 5000);

    /** What an archive holds, read and checked file by file. */
    record Contents(Map<String, Style> styles, Map<String, String> slds, Map<String, LayerSettings> layers, Map<String, LayerGroup> groups,
                    List<String> deletedStyles, List<Problem> problems) {
    }

    /** A file that cannot be used, and why. */
    record Problem(String file, String reason) {
    }

    private CatalogArchive() {
    }

    static byte[] write(LayerCatalog catalog, CatalogStore.Rows rows, String server, Instant at) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SldWriter sld = new SldWriter();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<String> deleted = rows.styles().values().stream().filter(CatalogStore.Row::deleted).map(CatalogStore.Row::name).toList();
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("version", VERSION);
            manifest.put("exportedAt", at.toString());
            manifest.put("server", server);
            manifest.put("updateSequence", catalog.updateSequence());
            manifest.put("styles", catalog.styles().stream().map(Style::name).toList());
            manifest.put("layers", catalog.layers().stream().map(l -> l.name()).toList());
            manifest.put("groups", catalog.groups().stream().map(LayerGroup::name).toList());
            manifest.put("deletedStyles", deleted);
            put(zip, "catalog.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            for (Style s : catalog.styles()) {
                CatalogStore.Row row = rows.styles().get(s.name());
                put(zip, "styles/" + s.name() + ".sld", row != null && row.sld() != null ? row.sld() : sld.write(s, Lang.DEFAULT));
                put(zip, "styles/" + s.name() + ".json", pretty(StyleCodec.write(s)));
            }
            for (var l : catalog.layers()) put(zip, "layers/" + l.name() + ".json", pretty(CatalogJson.write(LayerSettings.of(l))));
            for (LayerGroup g : catalog.groups()) put(zip, "groups/" + g.name() + ".json", pretty(CatalogJson.write(g)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Unpacks and checks an uploaded archive. A zip that cannot be opened safely at all is one
     * problem for {@code (archive)}; otherwise each file that cannot be used is one problem, and the
     * rest is read.
     */
    static Contents read(Path zip, Path workDir, kz.aumaq.gis.style.sld.SldReader sldReader) {
        Map<String, Style> styles = new LinkedHashMap<>();
        Map<String, String> slds = new LinkedHashMap<>();
        Map<String, LayerSettings> layers = new LinkedHashMap<>();
        Map<String, LayerGroup> groups = new LinkedHashMap<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> files;
        try {
            files = SafeZip.extract(zip, workDir, LIMITS);
        } catch (IngestException e) {
            problems.add(new Problem("(archive)", e.getMessage().replace(zip.getFileName().toString(), "the archive")));
            return new Contents(styles, slds, layers, groups, deleted, problems);
        }
        boolean manifest = false;
        Map<String, Path> sldFiles = new LinkedHashMap<>();
        for (Path f : files) {
            String rel = workDir.relativize(f).toString().replace('\\', '/');
            String text;
            try {
                text = utf8(f);
            } catch (CharacterCodingException e) {
                problems.add(new Problem(rel, "not UTF-8 text"));
                continue;
            }
            try {
                if (rel.equals("catalog.json")) {
                    manifest = true;
                    JsonNode m = JSON.readTree(text);
                    if (!FORMAT.equals(m.path("format").asString(""))) throw new IllegalArgumentException("format must be " + FORMAT);
                    if (m.path("version").asInt(0) != VERSION) throw new IllegalArgumentException("version " + m.path("version") + " is not one this server reads");
                    for (JsonNode d : m.path("deletedStyles")) if (d.isString() && NAME.matcher(d.asString()).matches()) deleted.add(d.asString());
                } else if (rel.startsWith("styles/") && rel.endsWith(".json")) {
                    String name = name(rel, "styles/", ".json");
                    Style s = StyleCodec.read(text);
                    if (!s.name().equals(name)) throw new IllegalArgumentException("it describes style " + s.name() + ", not " + name);
                    styles.put(name, s);
                } else if (rel.startsWith("styles/") && rel.endsWith(".sld")) {
                    sldFiles.put(name(rel, "styles/", ".sld"), f);
                    slds.put(name(rel, "styles/", ".sld"), text);
                } else if (rel.startsWith("layers/") && rel.endsWith(".json")) {
                    layers.put(name(rel, "layers/", ".json"), CatalogJson.readSettings(text));
                } else if (rel.startsWith("groups/") && rel.endsWith(".json")) {
                    String name = name(rel, "groups/", ".json");
                    LayerGroup g = CatalogJson.readGroup(text);
                    if (!g.name().equals(name)) throw new IllegalArgumentException("it describes group " + g.name() + ", not " + name);
                    groups.put(name, g);
                } else if (!rel.equals("README.txt")) {
                    problems.add(new Problem(rel, "not a file of a catalog archive (catalog.json, styles/*.sld|json, layers/*.json, groups/*.json)"));
                }
            } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
                problems.add(new Problem(rel, e.getMessage()));
            }
        }
        // A style given only as SLD (from GeoServer or QGIS, say) is read from it.
        for (Map.Entry<String, Path> e : sldFiles.entrySet()) {
            if (styles.containsKey(e.getKey())) continue;
            try (var in = Files.newInputStream(e.getValue())) {
                var imported = sldReader.read(in).style();
                styles.put(e.getKey(), new Style(e.getKey(), imported.title(), imported.rules()));
            } catch (kz.aumaq.gis.style.sld.SldException ex) {
                problems.add(new Problem("styles/" + e.getKey() + ".sld", ex.getMessage() + (ex.problems().isEmpty() ? "" : ": " + ex.problems())));
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem("styles/" + e.getKey() + ".sld", ex.getMessage()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        if (!manifest) problems.add(new Problem("catalog.json", "missing: this is not an exported catalog"));
        return new Contents(styles, slds, layers, groups, deleted, problems);
    }

    private static String name(String rel, String prefix, String suffix) {
        String name = rel.substring(prefix.length(), rel.length() - suffix.length());
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("'" + name + "' is not a name: lower-case letters, digits, '-' or '_'");
        return name;
    }

    private static String utf8(Path f) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString();
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(String json) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
