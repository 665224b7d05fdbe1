package kz.aumaq.server.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.aumaq.server.api.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/audit} (administrators): the audit trail, newest first, filtered by {@code actor},
 * {@code action}, {@code type}, {@code object}, {@code from} and {@code to} (dates or instants; {@code to}
 * excluded), paged by {@code limit} and {@code offset}; {@code format=csv} for a spreadsheet. Read-only:
 * there is no way to change or delete an entry.
 */
@RestController
class AuditController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit")
    ResponseEntity<?> find(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                           @RequestParam(required = false) String type, @RequestParam(required = false) String object,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(required = false) String format) {
        boolean csv = format != null && format.equalsIgnoreCase("csv");
        if (format != null && !csv && !format.equalsIgnoreCase("json")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "format", "format must be json or csv, got '" + format + "'");
        }
        int max = csv ? 100_000 : 1000;
        int n = limit == null ? (csv ? 10_000 : 100) : limit;
        if (n < 1 || n > max) throw new ApiException(HttpStatus.BAD_REQUEST, "limit", "limit must be 1 to " + max);
        if (offset < 0) throw new ApiException(HttpStatus.BAD_REQUEST, "offset", "offset must be 0 or more");
        AuditQuery q = new AuditQuery(blank(actor), blank(action), blank(type), blank(object), instant("from", from), instant("to", to), n, offset);
        List<AuditEntry> entries = log.find(q);
        if (csv) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aumaq-audit.csv\"").body(AuditCsv.write(entries));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numberMatched", log.count(q));
        body.put("numberReturned", entries.size());
        List<Map<String, Object>> out = new ArrayList<>();
        for (AuditEntry e : entries) out.add(json(e));
        body.put("entries", out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("address", e.address());
        m.put("action", e.action());
        m.put("type", e.objectType());
        m.put("object", e.objectId());
        m.put("before", tree(e.before()));
        m.put("after", tree(e.after()));
        return m;
    }

    private static JsonNode tree(String json) {
        return json == null ? null : JSON.readTree(json);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A date (its start, UTC) or an ISO instant. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, name, name + " must be a date (YYYY-MM-DD) or an instant (2025-01-31T12:00:00Z), got '" + value + "'");
        }
    }
}
