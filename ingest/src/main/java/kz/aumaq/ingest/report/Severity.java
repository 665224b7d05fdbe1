package kz.aumaq.ingest.report;

/** How much a finding matters: errors block the commit, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO
}
