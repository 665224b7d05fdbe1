package kz.aumaq.ingest.values;

/**
 * One stored value of an indicator.
 *
 * @param disaggregation {@code ""} for the total, else e.g. {@code sex=female}
 */
public record IndicatorValue(String indicator, String kato, String period, String disaggregation, double value) {

    /** The key a later load of the same value replaces. */
    String key() {
        return indicator + "|" + kato + "|" + period + "|" + disaggregation;
    }
}
