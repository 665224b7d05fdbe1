package kz.aumaq.gis.wms;

/** The two WMS versions served: 1.3.0 (current) and 1.1.1 (older clients). */
public enum WmsVersion {
    V111("1.1.1"), V130("1.3.0");

    public final String text;

    WmsVersion(String text) {
        this.text = text;
    }

    /**
     * Version negotiation as WMS specifies it: an exact match, otherwise the highest version below
     * the requested one, or the lowest we have if the request is older than all of ours.
     */
    public static WmsVersion negotiate(String requested) {
        if (requested == null || requested.isBlank()) return V130;
        int asked = number(requested.trim());
        if (asked < 0) return V130;
        return asked >= number(V130.text) ? V130 : V111;
    }

    /** The exact version, for operations other than GetCapabilities; null if absent or unknown. */
    public static WmsVersion exact(String requested) {
        if (requested == null || requested.isBlank()) return null;
        for (WmsVersion v : values()) if (v.text.equals(requested.trim())) return v;
        if ("1.1.0".equals(requested.trim()) || "1.1".equals(requested.trim())) return V111;
        return null;
    }

    private static int number(String v) {
        String[] p = v.split("\\.");
        try {
            int n = 0;
            for (int i = 0; i < 3; i++) n = n * 100 + (i < p.length ? Integer.parseInt(p[i]) : 0);
            return n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
