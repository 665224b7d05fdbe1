package kz.aumaq.server.security;

import java.util.List;
import java.util.function.Supplier;
import kz.aumaq.gis.territory.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the server does on its own (loading the demo territory or the geokz boundaries at start):
 * it runs as a named, unrestricted operator, said explicitly, because writes without anyone signed
 * in are otherwise refused.
 */
public final class SystemTask {

    private SystemTask() {
    }

    public static <T> T run(String name, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new Authentication(Actor.operator("system:" + name)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The authentication of a system task: no authorities (it never passes a web request's checks), just the actor. */
    static final class Authentication extends AbstractAuthenticationToken {
        private final Actor actor;

        Authentication(Actor actor) {
            super(List.of());
            this.actor = actor;
            setAuthenticated(true);
        }

        Actor actor() {
            return actor;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return actor.name();
        }
    }
}
