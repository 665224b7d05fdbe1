package kz.aumaq.ingest.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.aumaq.gis.geom.BatchValidity;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.Level;
import kz.aumaq.gis.unit.UnitNames;
import kz.aumaq.gis.unit.UnitPage;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.ingest.geokz.UnitKinds;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks a dataset for an admin-units load and plans the write; the same report for a dry run
 * and a commit. Per feature: KATO, duplicates, names (present, not garbled), geometry (type,
 * emptiness, validity with safe repair), Kazakhstan's extent. Then each unit's parent (by field,
 * KATO structure or location, as of the valid-from date) and the share of it inside that parent,
 * overlaps and gaps between the file's units, and how the file fits into the stored history.
 */
final class UnitPlanner {

    /** Daemon threads for checks that run beside the planning thread (one job checks at a time per caller). */
    private static final ExecutorService CHECKS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ingest-checks");
        t.setDaemon(true);
        return t;
    });
    private final AdminUnitRepository repository;

    UnitPlanner(AdminUnitRepository repository) {
        this.repository = repository;
    }

    /** A feature that passed the per-feature checks. */
    private record Candidate(String example, Kato kato, UnitNames names, Geometry geometry, Kato parentFromField, String kind) {
    }

    UnitPlan plan(SourceDataset dataset, UnitLoadOptions options) {
        Findings findings = new Findings();
        dataset.findings().forEach(findings::add);
        Level level = options.level();
        LocalDate from = options.validFrom();
        UnitFieldMapping mapping = UnitSchemas.resolve(dataset.fields(), level, options.mapping(), findings);
        if (mapping == null) return new UnitPlan(List.of(), List.of(), findings.list());
        if (dataset.features().isEmpty()) findings.add(Severity.ERROR, "no-features", "the file holds no features", null);

        List<Candidate> candidates = candidates(dataset, level, mapping, findings);
        List<SiblingTopology.Piece> pieces = level.isPoint() ? List.of()
                : candidates.stream().map(c -> new SiblingTopology.Piece(c.example(), c.geometry())).toList();
        // Overlaps and gaps need nothing but the candidates and share one costly step (cutting every
        // boundary into faces): a second core runs them while the parents are read and found here,
        // then helps to work out the parent shares.
        Findings overlapFindings = new Findings();
        Findings gapFindings = new Findings();
        CompletableFuture<ParentShare> sharesPlanned = new CompletableFuture<>();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            SiblingTopology topology = SiblingTopology.of(pieces);
            topology.overlaps(overlapFindings);
            topology.gaps(gapFindings);
            ParentShare planned = sharesPlanned.join();
            if (planned != null) planned.work();
        }, CHECKS);
        Placing placing = null;
        try {
            placing = placing(candidates, level, from, findings);
        } finally {
            sharesPlanned.complete(placing == null ? null : placing.shares());  // none: the second thread stops after the siblings
        }
        placing.shares().work();
        try {
            second.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        List<AdminUnit> units = placed(candidates, placing, level, from, findings);
        overlapFindings.list().forEach(findings::add);
        gapFindings.list().forEach(findings::add);
        SnapshotVersions.Fitted fitted = SnapshotVersions.fit(units, from, repository, findings);
        List<AdminUnit> all = new ArrayList<>();
        if (placing.country() != null) all.add(placing.country());
        all.addAll(fitted.units());
        return new UnitPlan(all, fitted.retire(), findings.list());
    }

    /**
     * Where the candidates go: the country made for them (regions loaded into an empty database),
     * each one's parent (null if none), and their shares inside their parents, still to be worked
     * out (a country made from these regions contains them by construction: they are not measured).
     */
    private record Placing(AdminUnit country, List<ParentFinder.Found> found, List<Integer> measured, ParentShare shares) {
    }

    private Placing placing(List<Candidate> candidates, Level level, LocalDate from, Findings findings) {
        List<AdminUnit> parents = parentsOn(level, from);
        AdminUnit country = null;
        if (level == Level.REGION && parents.isEmpty() && !candidates.isEmpty() && repository.versionsOf(List.of(Kato.COUNTRY)).isEmpty()) {
            country = CountryFromRegions.of(candidates.stream().map(Candidate::geometry).toList());
            parents = List.of(country);
            findings.add(Severity.INFO, "country-created", "no country unit is stored: one is created with these regions, valid from "
                    + CountryFromRegions.INDEPENDENCE + " (independence), its boundary the union of the regions", null);
        }
        ParentFinder finder = new ParentFinder(parents);
        List<ParentFinder.Found> found = new ArrayList<>();
        for (Candidate c : candidates) found.add(finder.find(level, c.kato(), c.parentFromField(), c.geometry()));
        List<Integer> measured = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) if (found.get(i) != null && found.get(i).parent() != country) measured.add(i);
        ParentShare shares = new ParentShare(measured.stream().map(i -> candidates.get(i).geometry()).toList(),
                measured.stream().map(i -> found.get(i).parent()).toList());
        return new Placing(country, found, measured, shares);
    }

    private static List<Candidate> candidates(SourceDataset dataset, Level level, UnitFieldMapping m, Findings findings) {
        List<Candidate> out = new ArrayList<>();
        Map<Kato, String> seen = new HashMap<>();
        TopologyValidationError[] invalid = BatchValidity.errors(dataset.features().stream().map(SourceFeature::geometry).toList());
        int n = 0;
        for (SourceFeature f : dataset.features()) {
            boolean valid = invalid[n++] == null;
            boolean ok = true;
            String code = codeText(f.attributes().get(m.kato()));
            Kato kato = Kato.isWellFormed(code) ? Kato.of(code) : null;
            String example = "#" + f.id() + (kato == null ? "" : " " + kato);
            if (kato == null) {
                findings.add(Severity.ERROR, "malformed-kato", "KATO codes that are not 9 digits", "#" + f.id() + ": " + (code == null ? "(empty)" : "'" + code + "'"));
                ok = false;
            } else if (seen.containsKey(kato)) {
                findings.add(Severity.ERROR, "duplicate-kato", "KATO codes used by more than one feature", kato + ": #" + seen.get(kato) + ", #" + f.id());
                ok = false;
            } else {
                seen.put(kato, f.id());
            }
            String kk = text(f, m.nameKk());
            String ru = text(f, m.nameRu());
            String en = text(f, m.nameEn());
            for (String name : new String[] {kk, ru, en}) {
                if (GarbledText.isGarbled(name)) {
                    findings.add(Severity.ERROR, "garbled-text", "names that look garbled: wrong encoding? (the file was read as "
                            + dataset.encoding() + ")", example + ": " + name);
                    ok = false;
                }
            }
            if (kk == null && ru == null && en == null) {
                findings.add(Severity.ERROR, "missing-name", "features without a name in any language", example);
                ok = false;
            }
            Kato parentFromField = null;
            String parentCode = codeText(m.parentKato() == null ? null : f.attributes().get(m.parentKato()));
            if (parentCode != null) {
                if (Kato.isWellFormed(parentCode)) {
                    parentFromField = Kato.of(parentCode);
                } else {
                    findings.add(Severity.ERROR, "malformed-parent-kato", "parent KATO codes that are not 9 digits", example + ": '" + parentCode + "'");
                    ok = false;
                }
            }
            Geometry geometry = UnitGeometry.storable(level, f.geometry(), valid, example, findings);
            if (geometry == null) {
                ok = false;
            } else if (!KazakhstanExtent.contains(geometry.getEnvelopeInternal())) {
                findings.add(Severity.WARNING, "outside-kazakhstan", "coordinates outside Kazakhstan (lon 46–88, lat 40–56): "
                        + "swapped axes or a wrong CRS?", example + " " + geometry.getEnvelopeInternal());
            }
            if (ok) out.add(new Candidate(example, kato, new UnitNames(kk, ru, en), geometry, parentFromField, text(f, m.kind())));
        }
        return out;
    }

    /** The units one level up valid on {@code date}: where parents are looked for. */
    private List<AdminUnit> parentsOn(Level level, LocalDate date) {
        Level up = level.parent().orElseThrow();
        List<AdminUnit> out = new ArrayList<>();
        UnitQuery q = new UnitQuery(up, null, null, date, null, UnitQuery.MAX_LIMIT, 0, null);
        UnitPage page;
        do {
            page = repository.find(q.withOffset(out.size()));
            out.addAll(page.units());
        } while (!page.units().isEmpty() && out.size() < page.numberMatched());
        return out;
    }

    private static List<AdminUnit> placed(List<Candidate> candidates, Placing placing, Level level, LocalDate from, Findings findings) {
        List<ParentFinder.Found> found = placing.found();
        // The measured shares at their candidates' positions; 1 for the others (inside by construction, or without a parent).
        double[] shares = new double[candidates.size()];
        Arrays.fill(shares, 1);
        for (int k = 0; k < placing.measured().size(); k++) shares[placing.measured().get(k)] = placing.shares().shares()[k];
        List<AdminUnit> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (found.get(i) == null) {
                Kato wanted = c.parentFromField() != null ? c.parentFromField() : ParentFinder.implied(level, c.kato());
                findings.add(Severity.ERROR, "unknown-parent", "units whose parent " + level.parent().orElseThrow().code()
                        + " exists neither by KATO nor by location on " + from, c.example() + " (no " + wanted + ")");
                continue;
            }
            AdminUnit parent = found.get(i).parent();
            switch (found.get(i).way()) {
                case FIELD -> findings.add(Severity.INFO, "parent-by-field", "parents found by the parent KATO field", c.example() + " in " + parent.kato());
                case CODE -> findings.add(Severity.INFO, "parent-by-code", "parents found by the KATO structure (the code's leading digits)",
                        c.example() + " in " + parent.kato());
                case LOCATION -> findings.add(Severity.WARNING, "parent-by-location", "parents found by location, because no unit has the parent KATO "
                        + "on " + from + ": check the codes", c.example() + " in " + parent.kato());
            }
            double inside = shares[i];
            if (inside < ParentShare.FAIL) {
                findings.add(Severity.ERROR, "outside-parent", "units mostly outside their parent (less than "
                        + Math.round(ParentShare.FAIL * 100) + "% inside): wrong parent code or wrong geometry?", shareExample(c, parent, inside));
            } else if (inside < ParentShare.WARN) {
                findings.add(Severity.WARNING, "partly-outside-parent", "units partly outside their parent (less than "
                        + Math.round(ParentShare.WARN * 100) + "% inside)", shareExample(c, parent, inside));
            }
            String kind = c.kind() != null ? c.kind() : kindOf(level, c, parent);
            out.add(new AdminUnit(c.kato(), level, kind, c.names(), parent.kato(), c.geometry(), null, 0, from, null, null, null));
        }
        return out;
    }

    private static String shareExample(Candidate c, AdminUnit parent, double inside) {
        return c.example() + ": " + Math.round(inside * 1000) / 10.0 + "% inside " + parent.kato();
    }

    /** Kinds from KATO rules (see {@link UnitKinds}); okrugs and settlements take the common kind. */
    private static String kindOf(Level level, Candidate c, AdminUnit parent) {
        return switch (level) {
            case REGION -> UnitKinds.ofRegion(c.kato());
            case DISTRICT -> UnitKinds.ofDistrict(c.kato(), c.names().ru(), parent.kind());
            case OKRUG -> "rural_okrug";
            case SETTLEMENT -> "village";
            case COUNTRY -> "country";
        };
    }

    /** A code as text: numbers (DBF numeric fields, spreadsheet cells) without decimals. */
    private static String codeText(Object v) {
        if (v == null) return null;
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(v.toString());
            if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0) return d.toBigInteger().toString();
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String text(SourceFeature f, String field) {
        return field == null ? null : f.text(field);
    }
}
