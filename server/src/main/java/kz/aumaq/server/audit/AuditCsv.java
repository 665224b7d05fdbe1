package kz.aumaq.server.audit;

import java.util.List;

/** Audit entries as CSV (RFC 4180: comma, quotes doubled, CRLF), one line per entry with a header. */
final class AuditCsv {

    private AuditCsv() {
    }

    static String write(List<AuditEntry> entries) {
        StringBuilder b = new StringBuilder("id,at,actor,address,action,object_type,object_id,before,after\r\n");
        for (AuditEntry e : entries) {
            b.append(e.id()).append(',').append(e.at()).append(',');
            field(b, e.actor()).append(',');
            field(b, e.address()).append(',');
            field(b, e.action()).append(',');
            field(b, e.objectType()).append(',');
            field(b, e.objectId()).append(',');
            field(b, e.before()).append(',');
            field(b, e.after()).append("\r\n");
        }
        return b.toString();
    }

    /** Quoted when it must be; a leading =, +, - or @ is prefixed with ' so spreadsheets never run it as a formula. */
    private static StringBuilder field(StringBuilder b, String value) {
        if (value == null) return b;
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return b.append(v);
        return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
