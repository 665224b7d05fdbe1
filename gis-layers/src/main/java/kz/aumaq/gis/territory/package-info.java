/**
 * Territorial scope: who may change which part of the administrative hierarchy. Pure Java; the
 * server supplies the signed-in user as the {@link kz.aumaq.gis.territory.CurrentActor}.
 */
package kz.aumaq.gis.territory;
