package kz.aumaq.ingest.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * One row's attribute values by field name, in field order, unmodifiable (null values allowed).
 * The rows of a table share their {@link Names}, so a table of 100 000 rows holds one name index
 * and an array per row rather than 100 000 hash maps.
 */
public final class Attributes extends AbstractMap<String, Object> {

    /** Field names in order and where each one is, shared by the rows of one dataset. */
    public static final class Names {
        private final List<String> list;
        private final Map<String, Integer> index;

        /** @throws IllegalArgumentException when a name repeats (a map holds each key once) */
        public Names(List<String> names) {
            this.list = List.copyOf(names);
            this.index = new HashMap<>(list.size() * 2);
            for (int i = 0; i < list.size(); i++) {
                if (index.putIfAbsent(list.get(i), i) != null) throw new IllegalArgumentException("repeated name " + list.get(i));
            }
        }

        public List<String> list() {
            return list;
        }

        int size() {
            return list.size();
        }
    }

    private final Names names;
    private final Object[] values;

    /** @param values one per name, in order; kept, not copied, so the caller must not change them afterwards */
    public Attributes(Names names, Object[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(values.length + " values for " + names.size() + " names");
        }
        this.names = names;
        this.values = values;
    }

    public Names names() {
        return names;
    }

    /** The same names with each value replaced by {@code f} of it; this row itself when {@code f} changes none. */
    public Attributes mapValues(UnaryOperator<Object> f) {
        Object[] mapped = null;
        for (int i = 0; i < values.length; i++) {
            Object v = f.apply(values[i]);
            if (v != values[i] && mapped == null) mapped = values.clone();
            if (mapped != null) mapped[i] = v;
        }
        return mapped == null ? this : new Attributes(names, mapped);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Object get(Object name) {
        Integer i = names.index.get(name);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return names.index.containsKey(name);
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < values.length; i++) action.accept(names.list.get(i), values[i]);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= values.length) throw new NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(names.list.get(i), values[i]);
                    }
                };
            }
        };
    }
}
