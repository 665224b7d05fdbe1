/**
 * The indicator-values target: statistics tables (CSV/XLSX, keyed by KATO or unit name, periods as
 * columns or in a column, optional sex breakdown) checked against the stored units and loaded
 * into {@code indicator_value}.
 */
package kz.aumaq.ingest.values;
