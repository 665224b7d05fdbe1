package kz.aumaq.gis.territory;

import java.util.Objects;
import java.util.Optional;
import kz.aumaq.gis.unit.AdminUnit;
import kz.aumaq.gis.unit.Kato;

/**
 * Where someone may change data: the subtree of one administrative unit (the unit itself and
 * everything below it), everywhere, or nowhere. Membership goes by the unit's materialized path
 * ({@code 000000000/350000000/351000000}), segment by segment, never by KATO prefix: the digits
 * only hint at the hierarchy, and district 351000000 must not contain district 351100000 although
 * both start with "351".
 */
public final class TerritorialScope {

    private static final TerritorialScope EVERYWHERE = new TerritorialScope(null, true);
    private static final TerritorialScope NOWHERE = new TerritorialScope(null, false);

    private final Kato root;
    private final boolean everywhere;

    private TerritorialScope(Kato root, boolean everywhere) {
        this.root = root;
        this.everywhere = everywhere;
    }

    /** The whole country: administrators, the command-line operator, start-up loaders. */
    public static TerritorialScope everywhere() {
        return EVERYWHERE;
    }

    /** No territory at all: someone not signed in. */
    public static TerritorialScope nowhere() {
        return NOWHERE;
    }

    /** The subtree of {@code root}; the country's subtree is everywhere. */
    public static TerritorialScope of(Kato root) {
        Objects.requireNonNull(root, "root");
        return root.equals(Kato.COUNTRY) ? EVERYWHERE : new TerritorialScope(root, false);
    }

    /** The root unit, when the scope is one subtree. */
    public Optional<Kato> root() {
        return Optional.ofNullable(root);
    }

    public boolean isEverywhere() {
        return everywhere;
    }

    /** True when a unit with this materialized path lies in the scope. */
    public boolean containsPath(String path) {
        if (everywhere) return true;
        if (root == null || path == null || path.isEmpty()) return false;
        String code = root.code();
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) end = path.length();
            if (end - start == code.length() && path.regionMatches(start, code, 0, code.length())) return true;
            start = end + 1;
        }
        return false;
    }

    public boolean contains(AdminUnit unit) {
        return containsPath(unit.path());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TerritorialScope s && s.everywhere == everywhere && Objects.equals(s.root, root);
    }

    @Override
    public int hashCode() {
        return Objects.hash(root, everywhere);
    }

    /** {@code everywhere}, {@code nowhere} or the root's KATO. */
    @Override
    public String toString() {
        return everywhere ? "everywhere" : root == null ? "nowhere" : root.code();
    }
}
