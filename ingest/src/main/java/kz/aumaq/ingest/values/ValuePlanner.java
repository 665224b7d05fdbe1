package kz.aumaq.ingest.values;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.AdminUnitRepository;
import kz.aumaq.gis.unit.Kato;
import kz.aumaq.gis.unit.UnitQuery;
import kz.aumaq.ingest.report.Findings;
import kz.aumaq.ingest.report.Severity;
import kz.aumaq.ingest.source.SourceDataset;

/**
 * Checks a table of indicator values against the stored units: finds each row's unit (by KATO,
 * any stored version; or by name among today's units of the level), parses the values, and
 * reports unknown units (with suggestions), non-numeric values, duplicate keys and empty cells.
 */
public class ValuePlanner {

    /** Cells statistics tables use for "no data": loaded as nothing, counted as empty. */
    private static final Set<String> NO_DATA = Set.of("-", "–", "—", "…", "...", "x", "х");

    private final AdminUnitRepository units;

    public ValuePlanner(AdminUnitRepository units) {
        this.units = units;
    }

    public ValuePlan plan(SourceDataset dataset, ValueLoadOptions options) {
        Findings findings = new Findings();
        dataset.findings().forEach(findings::add);
        TableLayout.Result detected = TableLayout.detect(dataset.fields());
        if (detected.layout() == null) {
            findings.add(Severity.ERROR, "no-value-columns", detected.problem(), null);
            return new ValuePlan(List.of(), findings.list());
        }
        TableLayout layout = detected.layout();
        findings.add(Severity.INFO, "layout", describe(layout), null);
        List<String> unreadable = new ArrayList<>();
        List<ValueCell> cells = layout.cells(dataset, unreadable);
        unreadable.forEach(u -> findings.add(Severity.ERROR, "unreadable-period", "rows whose period or sex is not understood", u));

        Map<String, String> katoOf = layout.byKato() ? byKato(cells, findings) : byName(cells, options, findings);

        Map<String, IndicatorValue> byKey = new LinkedHashMap<>();
        int empty = 0;
        for (ValueCell c : cells) {
            String kato = c.unitText() == null ? null : katoOf.get(c.unitText());
            if (c.unitText() == null) {
                findings.add(Severity.ERROR, "no-unit", "rows without a " + (layout.byKato() ? "KATO" : "name"), c.row());
                continue;
            }
            Double value = null;
            if (c.value() instanceof Number n) {
                value = n.doubleValue();
            } else if (c.value() != null) {
                String s = String.valueOf(c.value()).replace('\u00a0', ' ').replace(" ", "").strip();
                if (s.isEmpty() || NO_DATA.contains(s.toLowerCase())) {
                    empty++;
                    continue;
                }
                try {
                    value = Double.parseDouble(s.replace(',', '.'));
                } catch (NumberFormatException e) {
                    findings.add(Severity.ERROR, "not-a-number", "values that are not numbers", c.row() + " " + c.period() + ": '" + c.value() + "'");
                    continue;
                }
            }
            if (value == null) {
                empty++;
                continue;
            }
            if (kato == null) continue;
            IndicatorValue v = new IndicatorValue(options.indicator(), kato, c.period().code(), c.sex().disaggregation, value);
            if (byKey.put(v.key(), v) != null) {
                findings.add(Severity.WARNING, "duplicate-value", "the same unit, period and breakdown more than once; the last one is loaded",
                        c.row() + ": " + kato + " " + c.period() + (c.sex() == Sex.TOTAL ? "" : " " + c.sex().disaggregation));
            }
        }
        if (empty > 0) findings.add(Severity.INFO, "empty-cells", empty + " empty cells (no value loaded)", null);
        findings.add(Severity.INFO, "values", byKey.size() + " values of indicator " + options.indicator(), null);
        return new ValuePlan(new ArrayList<>(byKey.values()), findings.list());
    }

    private Map<String, String> byKato(List<ValueCell> cells, Findings findings) {
        Map<String, String> katoOf = new HashMap<>();
        Set<Kato> asked = new HashSet<>();
        for (ValueCell c : cells) {
            if (c.unitText() == null) continue;
            String code = c.unitText().replaceAll("\\.0$", "");
            if (Kato.isWellFormed(code)) asked.add(Kato.of(code));
        }
        Set<String> known = new HashSet<>();
        for (AdminUnit u : units.versionsOf(asked)) known.add(u.kato().code());
        Set<String> reported = new HashSet<>();
        for (ValueCell c : cells) {
            if (c.unitText() == null || katoOf.containsKey(c.unitText())) continue;
            String code = c.unitText().replaceAll("\\.0$", "");
            if (known.contains(code)) {
                katoOf.put(c.unitText(), code);
            } else if (reported.add(c.unitText())) {
                findings.add(Severity.ERROR, "unknown-unit", "KATO codes that match no stored unit", c.row() + ": '" + c.unitText() + "'");
            }
        }
        return katoOf;
    }

    private Map<String, String> byName(List<ValueCell> cells, ValueLoadOptions options, Findings findings) {
        List<AdminUnit> candidates = units.find(new UnitQuery(options.level(), null, null, LocalDate.now(), null, UnitQuery.MAX_LIMIT, 0, 0)).units();
        UnitNameMatcher matcher = new UnitNameMatcher(candidates);
        Map<String, String> katoOf = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ValueCell c : cells) {
            if (c.unitText() == null || !seen.add(c.unitText())) continue;
            UnitNameMatcher.Match m = matcher.match(c.unitText());
            if (m.exact()) {
                katoOf.put(c.unitText(), m.kato());
            } else if (m.kato() != null) {
                String example = c.row() + ": no unit named '" + c.unitText() + "'; did you mean " + m.suggestedName() + " (" + m.kato() + ")?";
                if (options.acceptSuggestions()) {
                    katoOf.put(c.unitText(), m.kato());
                    findings.add(Severity.WARNING, "suggestion-accepted", "names loaded as the unit suggested for them", example);
                } else {
                    findings.add(Severity.ERROR, "unknown-name", "names that match no " + options.level().code()
                            + " exactly; a close one is suggested (accept the suggestions to load them)", example);
                }
            } else if (m.ambiguous()) {
                findings.add(Severity.ERROR, "ambiguous-name", "names that fit several " + options.level().code() + " units; key the rows by KATO",
                        c.row() + ": '" + c.unitText() + "'");
            } else {
                findings.add(Severity.ERROR, "unknown-name", "names that match no " + options.level().code()
                        + " exactly; a close one is suggested (accept the suggestions to load them)", c.row() + ": no unit named '" + c.unitText() + "'");
            }
        }
        return katoOf;
    }

    private static String describe(TableLayout layout) {
        String unit = (layout.byKato() ? "KATO" : "names") + " from column " + layout.unitColumn();
        if (layout.periodColumn() != null) {
            return unit + "; periods from column " + layout.periodColumn() + ", values from " + layout.valueColumn()
                    + (layout.sexColumn() == null ? "" : ", sex from " + layout.sexColumn());
        }
        return unit + "; " + layout.valueColumns().size() + " period columns: " + String.join(", ", layout.valueColumns().keySet());
    }
}
