package kz.aumaq.server.api;

import org.springframework.http.HttpStatus;

/** An error answer with its HTTP status and, when one parameter is at fault, its name. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String parameter;

    public ApiException(HttpStatus status, String parameter, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, null, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
