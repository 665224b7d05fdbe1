package kz.aumaq.server.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.layer.CatalogJson;
import kz.aumaq.gis.layer.CatalogStore;
import kz.aumaq.gis.layer.Layer;
import kz.aumaq.gis.layer.LayerCatalog;
import kz.aumaq.gis.layer.LayerGroup;
import kz.aumaq.gis.layer.LayerSettings;
import kz.aumaq.gis.style.Style;
import kz.aumaq.gis.style.StyleCodec;
import kz.aumaq.gis.wms.WmsRequestParser;
import kz.aumaq.server.audit.AuditTrail;

/**
 * Takes a catalog archive back: first what it would do — create, change, leave unchanged, delete,
 * refuse (a layer this server does not have, a broken SLD, a style a layer still needs…) — then,
 * when asked, all of it in one transaction with its audit entry, or nothing. Layers are not
 * created by an import: a layer comes with its data (the admin levels, an ingest load); the archive
 * carries their settings.
 */
final class ImportCatalog {

    /** One thing the archive names and what becomes of it. */
    record Item(String kind, String name, String file, String reason) {
    }

    /** What an import does (or would do, for a dry run). */
    record Report(boolean dryRun, boolean applied, List<Item> created, List<Item> changed, List<Item> unchanged, List<Item> deleted,
                  List<Item> refused) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("dryRun", dryRun);
            m.put("applied", applied);
            m.put("created", created.stream().map(ImportCatalog::json).toList());
            m.put("changed", changed.stream().map(ImportCatalog::json).toList());
            m.put("unchanged", unchanged.stream().map(ImportCatalog::json).toList());
            m.put("deleted", deleted.stream().map(ImportCatalog::json).toList());
            m.put("refused", refused.stream().map(ImportCatalog::json).toList());
            return m;
        }
    }

    private final CatalogEdits edits;
    private final CatalogStore store;
    private final LayerCatalog catalog;
    private final AuditTrail audit;

    ImportCatalog(CatalogEdits edits, CatalogSync sync, AuditTrail audit) {
        this.edits = edits;
        this.store = sync.store();
        this.catalog = sync.catalog();
        this.audit = audit;
    }

    /**
     * Plans the import, and applies it unless {@code dryRun}: only when nothing is refused, or
     * with {@code skipRefused} the rest without what is.
     */
    Report run(CatalogArchive.Contents contents, boolean dryRun, boolean skipRefused) {
        if (dryRun) return plan(contents, true);
        return edits.change(wrote -> {
            Report plan = plan(contents, false);
            if (!plan.refused().isEmpty() && !skipRefused) return plan;
            CatalogStore.Rows rows = store.readAll();
            for (Item i : concat(plan.created(), plan.changed())) {
                switch (i.kind()) {
                    case "style" -> {
                        CatalogStore.Row row = rows.styles().get(i.name());
                        store.putStyle(new CatalogStore.Row(i.name(), StyleCodec.write(contents.styles().get(i.name())), contents.slds().get(i.name()),
                                row == null ? null : row.builtin(), true, false));
                    }
                    case "layer" -> {
                        CatalogStore.Row row = rows.layers().get(i.name());
                        store.putLayer(new CatalogStore.Row(i.name(), CatalogJson.write(contents.layers().get(i.name())), null,
                                row == null ? null : row.builtin(), true));
                    }
                    default -> {
                        CatalogStore.Row row = rows.groups().get(i.name());
                        store.putGroup(new CatalogStore.Row(i.name(), CatalogJson.write(contents.groups().get(i.name())), null,
                                row == null ? null : row.builtin(), true));
                    }
                }
            }
            for (Item i : plan.deleted()) {
                CatalogStore.Row row = rows.styles().get(i.name());
                if (row != null && row.builtin() != null) store.putStyle(new CatalogStore.Row(i.name(), row.definition(), row.sld(), row.builtin(), true, true));
                else store.deleteStyle(i.name());
            }
            Report applied = new Report(false, true, plan.created(), plan.changed(), plan.unchanged(), plan.deleted(), plan.refused());
            if (!plan.created().isEmpty() || !plan.changed().isEmpty() || !plan.deleted().isEmpty()) {
                wrote.run();
                audit.record("catalog.import", "catalog", "catalog", null, applied.json());
            }
            return applied;
        });
    }

    private Report plan(CatalogArchive.Contents c, boolean dryRun) {
        List<Item> created = new ArrayList<>();
        List<Item> changed = new ArrayList<>();
        List<Item> unchanged = new ArrayList<>();
        List<Item> deleted = new ArrayList<>();
        List<Item> refused = new ArrayList<>();
        for (CatalogArchive.Problem p : c.problems()) refused.add(new Item(kindOf(p.file()), nameOf(p.file()), p.file(), p.reason()));
        Set<String> refusedFiles = new HashSet<>();
        c.problems().forEach(p -> refusedFiles.add(p.file()));

        // The styles there will be: those here, those imported, less those deleted.
        Set<String> styles = new HashSet<>();
        catalog.styles().forEach(s -> styles.add(s.name()));
        for (Map.Entry<String, Style> e : c.styles().entrySet()) {
            String name = e.getKey();
            if (name.equalsIgnoreCase(WmsRequestParser.GROUP_STYLE)) {
                refused.add(new Item("style", name, "styles/" + name + ".json", "'default' means a layer's default style; no style may have that name"));
                continue;
            }
            styles.add(name);
            Style here = catalog.style(name).orElse(null);
            (here == null ? created : e.getValue().equals(here) ? unchanged : changed).add(new Item("style", name, "styles/" + name + ".json", null));
        }
        Map<String, LayerSettings> layersAfter = new LinkedHashMap<>();
        catalog.layers().forEach(l -> layersAfter.put(l.name(), LayerSettings.of(l)));
        for (Map.Entry<String, LayerSettings> e : c.layers().entrySet()) {
            String name = e.getKey();
            String file = "layers/" + name + ".json";
            Layer here = catalog.layer(name).orElse(null);
            LayerSettings s = e.getValue();
            List<String> missing = s.styles().stream().filter(st -> !styles.contains(st)).toList();
            if (here == null) {
                refused.add(new Item("layer", name, file, "this server has no layer " + name + ": a layer comes with its data (load it first), an import only sets it"));
            } else if (!missing.isEmpty()) {
                refused.add(new Item("layer", name, file, "it draws with styles that are neither here nor in the archive: " + missing));
            } else {
                try {
                    s.toLayer(name, here.source());
                    layersAfter.put(name, s);
                    (s.equals(LayerSettings.of(here)) ? unchanged : changed).add(new Item("layer", name, file, null));
                } catch (IllegalArgumentException ex) {
                    refused.add(new Item("layer", name, file, ex.getMessage()));
                }
            }
        }
        for (Map.Entry<String, LayerGroup> e : c.groups().entrySet()) {
            String name = e.getKey();
            String file = "groups/" + name + ".json";
            List<String> unknown = e.getValue().layers().stream().filter(l -> catalog.layer(l).isEmpty()).toList();
            if (catalog.layer(name).isPresent()) refused.add(new Item("group", name, file, "a layer is named " + name));
            else if (!unknown.isEmpty()) refused.add(new Item("group", name, file, "this server has no layers " + unknown));
            else {
                LayerGroup here = catalog.group(name).orElse(null);
                (here == null ? created : e.getValue().equals(here) ? unchanged : changed).add(new Item("group", name, file, null));
            }
        }
        for (String name : c.deletedStyles()) {
            if (catalog.style(name).isEmpty() || c.styles().containsKey(name)) continue;
            List<String> users = layersAfter.entrySet().stream().filter(e -> e.getValue().styles().contains(name)).map(Map.Entry::getKey).toList();
            if (users.isEmpty()) deleted.add(new Item("style", name, "catalog.json", null));
            else refused.add(new Item("style", name, "catalog.json", "deleted in the archive, but layers here still draw with it: " + users));
        }
        return new Report(dryRun, false, created, changed, unchanged, deleted, refused);
    }

    private static List<Item> concat(List<Item> a, List<Item> b) {
        List<Item> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String kindOf(String file) {
        if (file.startsWith("styles/")) return "style";
        if (file.startsWith("layers/")) return "layer";
        if (file.startsWith("groups/")) return "group";
        return "archive";
    }

    private static String nameOf(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.lastIndexOf('.');
        return slash >= 0 && dot > slash ? file.substring(slash + 1, dot) : null;
    }

    private static Map<String, Object> json(Item i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind());
        if (i.name() != null) m.put("name", i.name());
        m.put("file", i.file());
        if (i.reason() != null) m.put("reason", i.reason());
        return m;
    }
}
