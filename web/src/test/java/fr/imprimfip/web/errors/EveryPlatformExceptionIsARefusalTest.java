package fr.imprimfip.web.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.AccessRefusedException;
import fr.imprimfip.shared.DependencyUnavailableException;
import fr.imprimfip.shared.InternalFailure;
import fr.imprimfip.shared.InvalidInputException;
import fr.imprimfip.shared.Refusal;
import fr.imprimfip.shared.RefusalText;
import fr.imprimfip.shared.ResourceNotFoundException;
import fr.imprimfip.shared.StateConflictException;
import fr.imprimfip.web.PlatformClassNames;
import fr.imprimfip.web.security.Door;

/**
 * Every exception class of the ejb, batch and web modules, found in their compiled classes, is a refusal of one of
 * the kinds (or the web layer's own {@link ApiException}, or marked {@link InternalFailure}), and every way of
 * building one is answered with its kind's status, never 500.
 */
class EveryPlatformExceptionIsARefusalTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    /** The statuses a kind may answer: its own, or that of a more precise problem of the same family. */
    private static final Map<Class<?>, Set<Integer>> KIND_STATUSES = Map.of(
            ResourceNotFoundException.class, Set.of(404),
            StateConflictException.class, Set.of(409, 422),
            InvalidInputException.class, Set.of(400, 413, 415),
            AccessRefusedException.class, Set.of(401, 403),
            DependencyUnavailableException.class, Set.of(502, 503));

    @Test
    void everyExceptionOfThePlatformIsOneOfTheKindsAndIsNeverAnswered500() throws Exception {
        List<Class<?>> exceptions = platformExceptions();
        assertTrue(exceptions.size() > 25, "the scan found the platform's exceptions: " + exceptions);
        List<String> built = new ArrayList<>();
        for (Class<?> type : exceptions) {
            if (type.isAnnotationPresent(InternalFailure.class)) {
                assertFalse(Refusal.class.isAssignableFrom(type), type + " is a refusal marked internal");
                continue;
            }
            if (type == ApiException.class) {
                continue;
            }
            assertTrue(Refusal.class.isAssignableFrom(type), type.getName() + " is no kind of refusal: it would be"
                    + " answered 500; make it one of the kinds of fr.imprimfip.shared, or @InternalFailure");
            if (Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            List<Refusal> instances = instances(type);
            assertFalse(instances.isEmpty(), "no constructor of " + type.getName() + " could be called");
            for (Refusal refusal : instances) {
                assertAnsweredByItsKind(refusal);
                built.add(type.getSimpleName());
            }
        }
        assertTrue(built.contains("PartnerNotFoundException") && built.contains("NoSuchJobRunException"), "" + built);
    }

    private static void assertAnsweredByItsKind(Refusal refusal) {
        String name = refusal.getClass().getName();
        Class<?> kind = KIND_STATUSES.keySet().stream().filter(k -> k.isInstance(refusal)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is of no kind"));
        RefusalAnswer answer = RefusalAnswer.of((Throwable) refusal);
        assertNotEquals(500, answer.error().status(), name);
        assertTrue(KIND_STATUSES.get(kind).contains(answer.error().status()),
                name + " is a " + kind.getSimpleName() + " answered " + answer.error());
        assertFalse(refusal.text().french().isBlank(), name);

        JsonObject problem = json(ErrorRendering.body(answer.error(), answer.detail(), Door.ADMIN, "/admin/x", NOW,
                Locale.ENGLISH));
        assertEquals(answer.error().status(), problem.getInt("status"), name);
        assertEquals(answer.error().problemType(), problem.getString("type"), name);
        assertEquals(refusal.message(Locale.ENGLISH), problem.getString("detail"), name);
        JsonObject v1 = json(ErrorRendering.body(answer.error(), answer.detail(), Door.PARTNER_V1, "/api/v1/x", NOW,
                Locale.ENGLISH)).getJsonObject("erreur");
        assertEquals(answer.error().v1Code(), v1.getInt("code"), name);
        assertEquals(refusal.text().french(), v1.getString("message"), name + ": the v1 contract speaks French");
    }

    /** One instance per public constructor (both values of a boolean), with sample arguments (an enum's first). */
    private static List<Refusal> instances(Class<?> type) throws ReflectiveOperationException {
        List<Refusal> instances = new ArrayList<>();
        for (Constructor<?> constructor : type.getConstructors()) {
            for (boolean flag : new boolean[] {true, false}) {
                Object[] arguments = arguments(constructor.getParameterTypes(), flag);
                if (arguments == null) {
                    break;
                }
                try {
                    instances.add((Refusal) constructor.newInstance(arguments));
                } catch (InvocationTargetException e) {
                    fail(constructor + " fails with sample arguments", e.getCause());
                }
                if (!List.of(constructor.getParameterTypes()).contains(boolean.class)) {
                    break;
                }
            }
        }
        return instances;
    }

    private static Object[] arguments(Class<?>[] types, boolean flag) {
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            if (type == String.class) {
                arguments[i] = "valeur " + i;
            } else if (type == int.class) {
                arguments[i] = 3;
            } else if (type == long.class) {
                arguments[i] = 200L * 1024 * 1024;
            } else if (type == boolean.class) {
                arguments[i] = flag;
            } else if (type == Throwable.class) {
                arguments[i] = new IllegalStateException("cause");
            } else if (type == RefusalText.class) {
                arguments[i] = new RefusalText("texte", "text");
            } else if (type.isEnum()) {
                arguments[i] = type.getEnumConstants()[0];
            } else {
                return null;
            }
        }
        return arguments;
    }

    /** Every Throwable defined under fr.imprimfip in the compiled classes of the ejb, batch and web modules. */
    private static List<Class<?>> platformExceptions() {
        Set<String> classNames = PlatformClassNames.all();
        List<Class<?>> exceptions = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, false, EveryPlatformExceptionIsARefusalTest.class.getClassLoader());
                if (Throwable.class.isAssignableFrom(type)) {
                    exceptions.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                unreadable.add(name);
            }
        }
        assertTrue(unreadable.stream().noneMatch(name -> name.endsWith("Exception")),
                "exception classes the scan cannot load: " + unreadable);
        return exceptions;
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
