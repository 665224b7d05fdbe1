package kz.aumaq.server.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An error answer with its HTTP status, when one parameter is at fault its name, and when the
 * input had several faults (an uploaded document) each of them.
 */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String parameter;
    private final List<String> problems;

    public ApiException(HttpStatus status, String parameter, String message) {
        this(status, parameter, message, List.of());
    }

    public ApiException(HttpStatus status, String parameter, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.parameter = parameter;
        this.problems = List.copyOf(problems);
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

    public List<String> problems() {
        return problems;
    }
}
