package kz.aumaq.ingest.values;

/**
 * One value cell of a table, before its unit is found or its value parsed.
 *
 * @param row      how the user finds it, e.g. {@code row 7}
 * @param unitText the KATO or name as written
 * @param value    the cell as read (Long, Double, String or null)
 */
record ValueCell(String row, String unitText, Period period, Sex sex, Object value) {
}
