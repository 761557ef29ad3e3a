package fr.imprimfip.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.imprimfip.shared.Refusal;
import fr.imprimfip.shared.RefusalText;

/**
 * Every refusal of the ejb and batch modules is answered in French and in English: each constructor of each of their
 * refusal classes, found by scanning the modules' classes, builds a refusal whose English text is there.
 */
class EveryRefusalSpeaksEnglishTest {

    @Test
    void everyConstructorOfARefusalTakesAnEnglishText() throws Exception {
        List<String> built = new ArrayList<>();
        for (Class<?> type : refusalClasses()) {
            List<Constructor<?>> constructors = List.of(type.getConstructors());
            assertFalse(constructors.isEmpty(), type.getName() + " has no public constructor");
            for (Constructor<?> constructor : constructors) {
                Refusal refusal = build(constructor);
                RefusalText text = refusal.text();
                assertNotNull(text.english(), constructor + " builds a refusal without English");
                assertFalse(text.english().isBlank(), constructor.toString());
                assertFalse(text.french().isBlank(), constructor.toString());
                built.add(type.getSimpleName());
            }
        }
        assertTrue(built.containsAll(List.of("ConventionRuleException", "InvalidInputException",
                "JobNotRestartableException", "DepositNotFoundException")), "" + built);
    }

    private static Refusal build(Constructor<?> constructor) throws ReflectiveOperationException {
        Class<?>[] types = constructor.getParameterTypes();
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            arguments[i] = sample(types[i], i);
        }
        try {
            return (Refusal) constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(constructor + " fails with sample arguments", e.getCause());
        }
    }

    private static Object sample(Class<?> type, int index) {
        if (type == String.class) {
            return "valeur " + index;
        } else if (type == int.class) {
            return 3;
        } else if (type == long.class) {
            return 200L * 1024 * 1024;
        } else if (type == boolean.class) {
            return true;
        } else if (type == Throwable.class) {
            return new IllegalStateException("cause");
        } else if (type == RefusalText.class) {
            return new RefusalText("texte", "text");
        } else if (type.isEnum()) {
            return type.getEnumConstants()[index % type.getEnumConstants().length];
        }
        throw new AssertionError("no sample of " + type);
    }

    private static List<Class<?>> refusalClasses() throws IOException, URISyntaxException {
        List<Class<?>> refusals = new ArrayList<>();
        for (String name : classFiles().keySet()) {
            try {
                Class<?> type = Class.forName(name.replace('/', '.'), false,
                        EveryRefusalSpeaksEnglishTest.class.getClassLoader());
                if (Refusal.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && !type.isInterface()) {
                    refusals.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                assertFalse(name.endsWith("Exception"), "cannot load " + name + ": " + e);
            }
        }
        assertTrue(refusals.size() > 25, "the scan found the refusals: " + refusals);
        return refusals;
    }

    /** The class files of the ejb and batch modules under fr/imprimfip, by internal name. */
    private static Map<String, byte[]> classFiles() throws IOException, URISyntaxException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Class<?> anchor : List.of(Refusal.class, JobRuns.class)) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                files.putAll(classFiles(location));
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(location)) {
                    files.putAll(classFiles(jar.getPath("/")));
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> classFiles(Path root) throws IOException {
        Path platform = root.resolve("fr/imprimfip");
        try (Stream<Path> paths = Files.walk(platform)) {
            List<Path> classes = paths.filter(path -> path.toString().endsWith(".class")).toList();
            Map<String, byte[]> files = new TreeMap<>();
            for (Path path : classes) {
                String name = root.relativize(path).toString().replace('\\', '/');
                files.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(path));
            }
            return files;
        }
    }
}
