package app.skillcurrent.web.view;

import com.github.jknack.handlebars.ValueResolver;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lets templates read records: {@code {{title}}} calls {@code title()}. A record's own names always resolve in
 * its own context, also when the value is null: Handlebars otherwise looks a missing value up in the parent
 * contexts, so an option without a label would show its select's label instead (as the catalogue once did).
 * Accessors are looked up once per record class.
 */
public final class RecordValueResolver implements ValueResolver {

    public static final RecordValueResolver INSTANCE = new RecordValueResolver();

    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

    private final ClassValue<Map<String, MethodHandle>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return type.isRecord() ? readableMethods(type) : Map.of();
        }
    };

    private RecordValueResolver() {
    }

    @Override
    public Object resolve(Object context, String name) {
        if (context == null || !context.getClass().isRecord()) {
            return UNRESOLVED;
        }
        MethodHandle accessor = accessors.get(context.getClass()).get(name);
        if (accessor == null) {
            return UNRESOLVED;
        }
        try {
            return accessor.invokeExact(context);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Could not read " + name + " of " + context.getClass().getName(), e);
        }
    }

    @Override
    public Object resolve(Object context) {
        return UNRESOLVED;
    }

    @Override
    public Set<Map.Entry<String, Object>> propertySet(Object context) {
        if (context == null || !context.getClass().isRecord()) {
            return Collections.emptySet();
        }
        Set<Map.Entry<String, Object>> entries = new LinkedHashSet<>();
        accessors.get(context.getClass()).keySet()
                .forEach(name -> entries.add(new AbstractMap.SimpleImmutableEntry<>(name, resolve(context, name))));
        return entries;
    }

    /** Components and other public no-argument methods (derived values such as {@code count()}). */
    private static Map<String, MethodHandle> readableMethods(Class<?> type) {
        Map<String, MethodHandle> found = new LinkedHashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || method.getReturnType() == void.class
                    || Modifier.isStatic(method.getModifiers()) || OBJECT_METHODS.contains(method.getName())) {
                continue;
            }
            try {
                method.setAccessible(true);
                found.put(method.getName(), lookup.unreflect(method).asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalStateException("Templates cannot read " + method, e);
            }
        }
        return Map.copyOf(found);
    }
}
