package kz.aumaq.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.unit.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every API error is JSON: {@code {"status", "error", "message", "parameter"?, "problems"?, "path"}}. Bad input
 * is a 4xx that says what to fix; only our own faults are 500, logged, with no stack trace or
 * SQL in the answer.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = body(e.status(), e.parameter(), e.getMessage(), request);
        if (!e.problems().isEmpty()) answer.getBody().put("problems", e.problems());
        return answer;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> other(Exception e, HttpServletRequest request) {
        // Spring's own client errors (unknown path 404, wrong method 405, unacceptable type 406…)
        // carry their status; anything else is our fault.
        if (e instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            String detail = er.getBody().getDetail();
            return body(HttpStatus.valueOf(er.getStatusCode().value()), null, detail == null ? e.getMessage() : detail, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "Internal error; it has been logged", request);
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String parameter, String message, HttpServletRequest request) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("status", status.value());
        b.put("error", status.getReasonPhrase());
        if (parameter != null) b.put("parameter", parameter);
        b.put("message", message);
        b.put("path", request.getRequestURI());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(b);
    }
}
