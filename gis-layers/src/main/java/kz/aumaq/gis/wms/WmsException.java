package kz.aumaq.gis.wms;

/**
 * A WMS request that cannot be served, with its OGC exception code (null for a generic error),
 * the parameter at fault and the HTTP status to answer with.
 */
public class WmsException extends RuntimeException {

    private final String code;
    private final String locator;
    private final int httpStatus;

    public WmsException(String code, String locator, String message) {
        this(code, locator, message, 400);
    }

    public WmsException(String code, String locator, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.locator = locator;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public String locator() {
        return locator;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The code as the requested version names it (1.1.1 says SRS where 1.3.0 says CRS). */
    public String codeFor(WmsVersion version) {
        if (version == WmsVersion.V111 && "InvalidCRS".equals(code)) return "InvalidSRS";
        return code;
    }
}
