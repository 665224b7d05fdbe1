package kz.aumaq.gis.features;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Accept} or {@code Accept-Language} header: its values with their q weights, best
 * first. Both headers share this syntax, so one parser serves format and language negotiation.
 */
final class AcceptHeader {

    record Entry(String value, double q) {
    }

    private final List<Entry> entries;

    private AcceptHeader(List<Entry> entries) {
        this.entries = entries;
    }

    static AcceptHeader parse(String header) {
        List<Entry> out = new ArrayList<>();
        if (header == null) return new AcceptHeader(out);
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String value = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) continue;
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight counts as "not acceptable" rather than failing the request
                    }
                }
            }
            if (q > 0) out.add(new Entry(value, q));
        }
        // Stable sort: equal weights keep the client's order.
        out.sort(Comparator.comparingDouble(Entry::q).reversed());
        return new AcceptHeader(out);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The weight the header gives a media type, honouring {@code type/*} and {@code *}{@code /*}; 0 if none. */
    double weightOfMediaType(String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        double best = 0;
        int bestSpecificity = -1;
        for (Entry e : entries) {
            int specificity;
            if (e.value().equals(mediaType)) specificity = 2;
            else if (e.value().equals(type + "/*")) specificity = 1;
            else if (e.value().equals("*/*")) specificity = 0;
            else continue;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = e.q();
            }
        }
        return best;
    }
}
