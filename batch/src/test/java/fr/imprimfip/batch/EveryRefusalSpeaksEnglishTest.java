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
 * Every refusal of the ejb and batch modules is answered in French and in English: none of their refusal classes can
 * be built without an English text, and none of their classes calls what builds a French-only one (the factory
 * {@link RefusalText#french}, the deprecated constructors the web module still uses).
 */
class EveryRefusalSpeaksEnglishTest {

    private static final String FRENCH_ONLY_FACTORY = "fr/imprimfip/shared/RefusalText.french"
            + "(Ljava/lang/String;)Lfr/imprimfip/shared/RefusalText;";

    @Test
    void everyConstructorOfARefusalTakesAnEnglishText() throws Exception {
        List<String> built = new ArrayList<>();
        for (Class<?> type : refusalClasses()) {
            List<Constructor<?>> constructors = Stream.of(type.getConstructors())
                    .filter(constructor -> !constructor.isAnnotationPresent(Deprecated.class)).toList();
            assertFalse(constructors.isEmpty(), type.getName() + " has no constructor but French-only ones");
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

    @Test
    void noClassOfTheModulesBuildsAFrenchOnlyRefusal() throws Exception {
        Map<String, String> frenchOnly = new HashMap<>();
        frenchOnly.put(FRENCH_ONLY_FACTORY, "RefusalText.french");
        Set<String> declaring = new TreeSet<>(Set.of("fr/imprimfip/shared/RefusalText"));
        for (Class<?> type : refusalClasses()) {
            for (Constructor<?> constructor : type.getConstructors()) {
                if (constructor.isAnnotationPresent(Deprecated.class)) {
                    frenchOnly.put(internalName(type) + ".<init>" + descriptor(constructor), constructor.toString());
                    declaring.add(internalName(type));
                }
            }
        }
        Map<String, List<String>> callers = new TreeMap<>();
        classFiles().forEach((name, bytes) -> {
            if (declaring.contains(name)) {
                return;
            }
            List<String> called = methodReferences(bytes).stream().filter(frenchOnly::containsKey)
                    .map(frenchOnly::get).toList();
            if (!called.isEmpty()) {
                callers.put(name, called);
            }
        });
        assertEquals(Map.of(), callers, "classes building a refusal without English");
    }

    @Test
    void findsAMethodReferenceInAClassFile() throws Exception {
        byte[] bytes = classFiles().get("fr/imprimfip/shared/InvalidInputException");
        assertTrue(methodReferences(bytes).contains(FRENCH_ONLY_FACTORY));
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

    /** The methods and constructors a class file refers to, as {@code owner.name(descriptor)}. */
    private static Set<String> methodReferences(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipBytes(8);
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[][] refs = new int[count][];
            List<Integer> methods = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7, 8, 16, 19, 20 -> refs[i] = new int[] {in.readUnsignedShort()};
                    case 3, 4 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    case 9, 12, 17, 18 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                    case 10, 11 -> {
                        refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                        methods.add(i);
                    }
                    case 15 -> in.skipBytes(3);
                    default -> throw new IllegalStateException("constant pool tag " + tag);
                }
            }
            return methods.stream().map(i -> {
                String owner = utf8[refs[refs[i][0]][0]];
                int[] nameAndType = refs[refs[i][1]];
                return owner + "." + utf8[nameAndType[0]] + utf8[nameAndType[1]];
            }).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String internalName(Class<?> type) {
        return type.getName().replace('.', '/');
    }

    private static String descriptor(Constructor<?> constructor) {
        return Stream.of(constructor.getParameterTypes()).map(EveryRefusalSpeaksEnglishTest::descriptor)
                .collect(Collectors.joining("", "(", ")V"));
    }

    private static String descriptor(Class<?> type) {
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "int" -> "I";
                case "long" -> "J";
                case "boolean" -> "Z";
                default -> throw new AssertionError(type);
            };
        }
        return type.isArray() ? type.getName().replace('.', '/') : "L" + internalName(type) + ";";
    }
}
