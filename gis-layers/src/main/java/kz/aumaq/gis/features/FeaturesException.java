package kz.aumaq.gis.features;

/**
 * An OGC API – Features request that cannot be served: the code and description go into the JSON
 * error body, the status onto the HTTP answer (400 bad parameter, 404 unknown resource, 406
 * unsupported format).
 */
public class FeaturesException extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public FeaturesException(int httpStatus, String code, String description) {
        super(description);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public static FeaturesException badParameter(String description) {
        return new FeaturesException(400, "InvalidParameterValue", description);
    }

    public static FeaturesException notFound(String description) {
        return new FeaturesException(404, "NotFound", description);
    }

    public static FeaturesException notAcceptable(String description) {
        return new FeaturesException(406, "NotAcceptable", description);
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
