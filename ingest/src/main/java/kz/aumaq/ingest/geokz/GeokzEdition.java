package kz.aumaq.ingest.geokz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One dated snapshot of geokz: the regions file {@code kaz_admbnda_adm1_<year>.shp} and the
 * districts file {@code kaz_admbnda_adm2_<year>.shp}. geokz publishes snapshots, not change
 * dates, so an edition is taken as valid from 1 January of its year until the next edition starts
 * (the 2018 set thus covers 2018–2023, though the regional reform came in June 2022).
 */
record GeokzEdition(int year, Path regions, Path districts, LocalDate validFrom, LocalDate validTo) {

    private static final Pattern REGIONS = Pattern.compile("kaz_admbnda_adm1_(\\d{4})\\.shp");

    String source() {
        return "geokz-" + year;
    }

    /** Every edition with both files in {@code dir}, oldest first, each ending where the next begins. */
    static List<GeokzEdition> findIn(Path dir) throws IOException {
        List<Integer> years = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = REGIONS.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(districtsFile(dir, Integer.parseInt(m.group(1))))) {
                    years.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        years.sort(null);
        List<GeokzEdition> editions = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            LocalDate to = i + 1 < years.size() ? LocalDate.of(years.get(i + 1), 1, 1) : null;
            editions.add(new GeokzEdition(year, dir.resolve("kaz_admbnda_adm1_" + year + ".shp"), districtsFile(dir, year),
                    LocalDate.of(year, 1, 1), to));
        }
        return editions;
    }

    private static Path districtsFile(Path dir, int year) {
        return dir.resolve("kaz_admbnda_adm2_" + year + ".shp");
    }
}
