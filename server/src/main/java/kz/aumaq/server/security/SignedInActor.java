package kz.aumaq.server.security;

import kz.aumaq.gis.territory.Actor;
import kz.aumaq.gis.territory.CurrentActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is writing, for the territorial check: the signed-in user of this request (or of the upload a
 * background ingest job runs for), a {@link SystemTask}, or else nobody — who may write nothing.
 */
public class SignedInActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated()) return Actor.ANONYMOUS;
        if (a.getPrincipal() instanceof SignedInUser u) return u.actor();
        if (a instanceof SystemTask.Authentication system) return system.actor();
        return Actor.ANONYMOUS;
    }
}
