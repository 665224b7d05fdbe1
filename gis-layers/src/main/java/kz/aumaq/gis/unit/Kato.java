package kz.aumaq.gis.unit;

/**
 * A KATO code: the official 9-digit identifier of an administrative-territorial object
 * (digits 1–2 region, 3–4 district, 5–6 okrug, 7–9 settlement). The country uses 000000000.
 */
public record Kato(String code) implements Comparable<Kato> {

    public static final Kato COUNTRY = new Kato("000000000");

    public Kato {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("KATO must be exactly 9 digits, got '" + code + "'");
        }
    }

    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != 9) return false;
        for (int i = 0; i < 9; i++) if (code.charAt(i) < '0' || code.charAt(i) > '9') return false;
        return true;
    }

    public static Kato of(String code) {
        return new Kato(code);
    }

    @Override
    public int compareTo(Kato o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
