/**
 * Ingest jobs, whatever their target: checksum and re-run detection, the one transaction, the
 * job record and the report (see {@link kz.aumaq.ingest.job.IngestJobRunner}).
 */
package kz.aumaq.ingest.job;
