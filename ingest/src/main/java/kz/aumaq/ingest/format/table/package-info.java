/**
 * Tables: CSV and XLSX. Statistics come as plain tables (indicator values keyed by KATO or name);
 * point layers as tables with latitude/longitude or WKT columns, found by their names.
 */
package kz.aumaq.ingest.format.table;
