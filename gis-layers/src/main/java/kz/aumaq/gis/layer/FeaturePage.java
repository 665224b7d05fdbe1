package kz.aumaq.gis.layer;

import java.util.List;

/** One page of features and how many match in all. */
public record FeaturePage(List<Feature> features, long numberMatched) {
}
