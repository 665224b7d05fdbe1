package kz.aumaq.ingest.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.aumaq.gis.text.SearchFolding;
import kz.aumaq.ingest.source.SourceDataset;
import kz.aumaq.ingest.source.SourceFeature;
import kz.aumaq.ingest.source.SourceField;

/**
 * The two table shapes statisticians send, found from the header:
 * <ul>
 * <li><b>wide</b>: a unit column (KATO or name) and one column per period, headed by its code
 *     ({@code 2024}, {@code 2024S1}, {@code 2024Q2}, {@code 2024-06}), optionally followed by a sex
 *     word ({@code 2024 female}, {@code 2024 жен}, {@code 2024_ер});</li>
 * <li><b>long</b>: a unit column, a period column, a value column and optionally a sex column.</li>
 * </ul>
 * The unit column is the KATO column when there is one, else the name column.
 *
 * @param unitColumn   the column holding KATO codes or names
 * @param byKato       whether {@code unitColumn} holds KATO codes
 * @param periodColumn for long tables; null for wide ones
 * @param valueColumn  for long tables
 * @param sexColumn    for long tables, when present
 * @param valueColumns for wide tables: column → its period and sex
 */
record TableLayout(String unitColumn, boolean byKato, String periodColumn, String valueColumn, String sexColumn,
                   Map<String, Map.Entry<Period, Sex>> valueColumns) {

    private static final Set<String> KATO = Set.of("kato", "като", "код като", "kato code", "kato_code", "katocode");
    private static final Set<String> NAME = Set.of("name", "name_ru", "name_kk", "name_en", "наименование", "название", "регион",
            "область", "район", "атауы", "унир", "region", "district", "unit", "территория", "territory", "административная единица");
    private static final Set<String> PERIOD = Set.of("period", "период", "кезен", "year", "год", "жыл");
    private static final Set<String> VALUE = Set.of("value", "значение", "мани", "показатель", "amount");
    private static final Set<String> SEX = Set.of("sex", "gender", "пол", "жынысы");

    /** The layout, or empty with the reason. */
    static Result detect(List<SourceField> fields) {
        String kato = null;
        String name = null;
        String period = null;
        String value = null;
        String sex = null;
        Map<String, Map.Entry<Period, Sex>> wide = new LinkedHashMap<>();
        for (SourceField f : fields) {
            String h = SearchFolding.fold(f.name()).strip();
            Optional<Map.Entry<Period, Sex>> periodHeader = periodHeader(f.name());
            if (periodHeader.isPresent()) wide.put(f.name(), periodHeader.get());
            else if (kato == null && KATO.contains(h)) kato = f.name();
            else if (name == null && NAME.contains(h)) name = f.name();
            else if (period == null && PERIOD.contains(h)) period = f.name();
            else if (value == null && VALUE.contains(h)) value = f.name();
            else if (sex == null && SEX.contains(h)) sex = f.name();
        }
        String unit = kato != null ? kato : name;
        if (unit == null) return Result.failed("no unit column: name one KATO (като, kato) or a name column (name, наименование, атауы, регион…)");
        if (period != null && value != null) return Result.of(new TableLayout(unit, kato != null, period, value, sex, Map.of()));
        if (!wide.isEmpty()) return Result.of(new TableLayout(unit, kato != null, null, null, null, wide));
        return Result.failed("no periods: head value columns with period codes (2024, 2024S1, 2024Q2, 2024-06), "
                + "or give a period column and a value column");
    }

    /** "2024", "2024Q2 female", "2024_жен" → the period and sex. */
    static Optional<Map.Entry<Period, Sex>> periodHeader(String header) {
        String[] parts = header.strip().split("[\\s_/]+", 2);
        Optional<Period> p = Period.parse(parts[0]);
        if (p.isEmpty()) return Optional.empty();
        if (parts.length == 1) return Optional.of(Map.entry(p.get(), Sex.TOTAL));
        return Sex.parse(parts[1]).map(s -> Map.entry(p.get(), s));
    }

    /** Every value cell of the table, in file order. Long rows with an unreadable period or sex are reported by the caller. */
    List<ValueCell> cells(SourceDataset dataset, List<String> unreadable) {
        List<ValueCell> out = new ArrayList<>();
        for (SourceFeature row : dataset.features()) {
            String unit = row.text(unitColumn);
            if (periodColumn == null) {
                for (Map.Entry<String, Map.Entry<Period, Sex>> c : valueColumns.entrySet()) {
                    out.add(new ValueCell(row.id(), unit, c.getValue().getKey(), c.getValue().getValue(), row.attributes().get(c.getKey())));
                }
                continue;
            }
            Optional<Period> period = Period.parse(row.text(periodColumn));
            Optional<Sex> sex = sexColumn == null || row.text(sexColumn) == null ? Optional.of(Sex.TOTAL) : Sex.parse(row.text(sexColumn));
            if (period.isEmpty() || sex.isEmpty()) {
                unreadable.add(row.id() + ": period '" + row.text(periodColumn) + "'" + (sexColumn == null ? "" : ", sex '" + row.text(sexColumn) + "'"));
                continue;
            }
            out.add(new ValueCell(row.id(), unit, period.get(), sex.get(), row.attributes().get(valueColumn)));
        }
        return out;
    }

    record Result(TableLayout layout, String problem) {
        static Result of(TableLayout layout) {
            return new Result(layout, null);
        }

        static Result failed(String problem) {
            return new Result(null, problem);
        }
    }
}
