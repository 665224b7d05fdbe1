package kz.aumaq.server.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.aumaq.gis.territory.OutOfScopeException;
import kz.aumaq.gis.unit.InvalidParameterException;
import kz.aumaq.gis.unit.UnitInvariantViolation;
import kz.aumaq.gis.wms.ExceptionReport;
import kz.aumaq.gis.wms.WmsException;
import kz.aumaq.gis.wms.WmsVersion;
import kz.aumaq.gis.wmts.WmtsService;
import kz.aumaq.server.security.RequestBodyLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

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

    /** Malformed percent-encoding in the query string, which Tomcat refuses before any controller runs. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<?> undecodable(Exception e, HttpServletRequest request) {
        String message = "the query string is not valid percent-encoded UTF-8";
        if (isOgcPath(request)) return ogcError("InvalidParameterValue", message, request);
        return body(HttpStatus.BAD_REQUEST, null, message, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (causedBy(e, RequestBodyLimit.TooLarge.class)) return body(HttpStatus.PAYLOAD_TOO_LARGE, "body", e.getMostSpecificCause().getMessage(), request);
        return body(HttpStatus.BAD_REQUEST, "body", "the request body is not readable JSON", request);
    }

    /** A body without Content-Length that ran past aumaq.security.max-request-kb, read by a controller itself. */
    @ExceptionHandler(RequestBodyLimit.TooLarge.class)
    ResponseEntity<Map<String, Object>> bodyTooLarge(RequestBodyLimit.TooLarge e, HttpServletRequest request) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "body", e.getMessage(), request);
    }

    /** A write reaching outside the user's territory (the data layer's check): nothing was written. */
    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<Map<String, Object>> outOfScope(OutOfScopeException e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = body(HttpStatus.FORBIDDEN, null, e.getMessage(), request);
        answer.getBody().put("problems", e.problems());
        return answer;
    }

    /** The unit store's invariants refused a write: the caller's fault, each problem named. */
    @ExceptionHandler(UnitInvariantViolation.class)
    ResponseEntity<Map<String, Object>> invariant(UnitInvariantViolation e, HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = body(HttpStatus.UNPROCESSABLE_CONTENT, null, "the unit store refused the change", request);
        answer.getBody().put("problems", e.problems());
        return answer;
    }

    /** A role check inside a controller (the URL rules answer before controllers run). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e, HttpServletRequest request) {
        return body(HttpStatus.FORBIDDEN, null, "Your role does not allow this", request);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** An upload above the multipart limits (aumaq.ingest.max-upload-mb), refused before any controller runs. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "file", "the upload is larger than allowed (aumaq.ingest.max-upload-mb)", request);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String name = e.getPropertyName();
        if (e instanceof MethodArgumentTypeMismatchException m) name = m.getName();
        return body(HttpStatus.BAD_REQUEST, name, name + " has the wrong type: '" + e.getValue() + "'", request);
    }

    private static boolean isOgcPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/wms") || path.equals("/ows") || path.equals("/wmts");
    }

    /** The report the OGC client expects from that endpoint, written by the services' own writers. */
    private static ResponseEntity<?> ogcError(String code, String message, HttpServletRequest request) {
        WmsException e = new WmsException(code, null, message);
        boolean wmts = request.getRequestURI().equals("/wmts");
        String xml = wmts ? WmtsService.exceptionReport(e) : ExceptionReport.xml(e, WmsVersion.V130);
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.parseMediaType(wmts ? "application/xml;charset=UTF-8" : ExceptionReport.contentType(WmsVersion.V130)))
                .body(xml);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> other(Exception e, HttpServletRequest request) {
        // Spring's own client errors (unknown path 404, wrong method 405, unacceptable type 406…)
        // carry their status; anything else is our fault.
        if (e instanceof ErrorResponse er && er.getStatusCode().is4xxClientError()) {
            String detail = er.getBody().getDetail();
            return body(HttpStatus.valueOf(er.getStatusCode().value()), null, detail == null ? e.getMessage() : detail, request);
        }
        if (clientWentAway(e)) {
            // A map panned on before its tiles arrived: normal, and there is nobody left to answer.
            log.debug("client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, "Internal error; it has been logged", request);
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AsyncRequestNotUsableException || t.getClass().getSimpleName().equals("ClientAbortException")) return true;
        }
        return false;
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
