/**
 * Reading source files into {@link kz.aumaq.ingest.source.SourceDataset}s (issue 4, "Formats" and
 * "Bad input"): one reader per format in the sub-packages, {@link kz.aumaq.ingest.format.DatasetReaders}
 * to pick one, and what all readers share: limits on size and zips, text encoding detection,
 * reprojection to EPSG:4326 and the location checks every dataset gets.
 */
package kz.aumaq.ingest.format;
