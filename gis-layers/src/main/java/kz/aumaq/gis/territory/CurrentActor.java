package kz.aumaq.gis.territory;

/**
 * Tells the data layer who is writing right now. The server answers from the signed-in user;
 * the command line from the operating-system user, unrestricted.
 */
@FunctionalInterface
public interface CurrentActor {

    Actor get();
}
