package kz.aumaq.ingest.job;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.aumaq.gis.geojson.GeoJsonEncoder;
import kz.aumaq.ingest.report.Finding;

/** JSON text of a job's report and options, as stored with the job (and later served by the API). */
public final class ReportJson {

    private ReportJson() {
    }

    /** {@code {"findings":[{"severity":"error","code":…,"message":…,"count":…,"examples":[…]}]}} */
    public static String findings(List<Finding> findings) {
        GeoJsonEncoder json = new GeoJsonEncoder(new StringBuilder(), 0);
        json.raw("{\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            json.raw(i == 0 ? "{" : ",{").raw("\"severity\":").string(f.severity().name().toLowerCase(Locale.ROOT))
                    .raw(",\"code\":").string(f.code()).raw(",\"message\":").string(f.message())
                    .raw(",\"count\":").raw(Integer.toString(f.count())).raw(",\"examples\":[");
            for (int e = 0; e < f.examples().size(); e++) json.raw(e == 0 ? "" : ",").string(f.examples().get(e));
            json.raw("]}");
        }
        return json.raw("]}").out().toString();
    }

    /** A flat object of the non-null entries, in the map's order. */
    public static String object(Map<String, String> entries) {
        GeoJsonEncoder json = new GeoJsonEncoder(new StringBuilder(), 0);
        json.raw("{");
        boolean first = true;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (e.getValue() == null) continue;
            json.raw(first ? "" : ",").string(e.getKey()).raw(":").string(e.getValue());
            first = false;
        }
        return json.raw("}").out().toString();
    }
}
