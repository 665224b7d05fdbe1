package kz.aumaq.gis.unit;

/** A request parameter that cannot be accepted; names the parameter so clients can fix it. */
public class InvalidParameterException extends RuntimeException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
