package fr.imprimfip.web.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.imprimfip.web.PlatformClassNames;

/**
 * A server where nobody set a setting still deploys the platform: every setting injected in the ejb, batch and web
 * modules is optional, has a default, or is defined by the server's configuration scripts ({@code wildfly-config}).
 * An empty default does not count: MicroProfile Config reads it as no value at all, and the deployment fails.
 */
class EverySettingHasAValueTest {

    private static final Set<Class<?>> OPTIONAL = Set.of(Optional.class, OptionalInt.class, OptionalLong.class,
            OptionalDouble.class);
    private static final Pattern DEFINED = Pattern.compile("/system-property=([\\w.-]+):add");

    @Test
    void everySettingHasAValueWhenNobodySetsIt() throws IOException {
        Set<String> defined = definedByTheServerConfiguration();
        List<String> settings = new ArrayList<>();
        List<String> withoutValue = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Class<?> type : platformClasses()) {
            Field[] fields;
            try {
                fields = type.getDeclaredFields();
            } catch (LinkageError missing) {
                unreadable.add(type.getName() + ": " + missing);
                continue;
            }
            for (Field field : fields) {
                ConfigProperty setting = field.getAnnotation(ConfigProperty.class);
                if (setting == null) {
                    continue;
                }
                settings.add(setting.name());
                boolean hasDefault = !ConfigProperty.UNCONFIGURED_VALUE.equals(setting.defaultValue())
                        && !setting.defaultValue().isEmpty();
                if (!OPTIONAL.contains(field.getType()) && !hasDefault && !defined.contains(setting.name())) {
                    withoutValue.add(type.getSimpleName() + "." + field.getName() + " (" + setting.name() + ")");
                }
            }
        }
        assertEquals(List.of(), unreadable, "classes whose settings the scan cannot read");
        assertTrue(settings.size() > 50, "the scan found the platform's settings: " + settings);
        assertTrue(settings.contains("imprimfip.webhook.trust-store-password"), settings.toString());
        assertEquals(List.of(), withoutValue, "settings that would stop the deployment where nobody sets them:"
                + " make them Optional, give them a default that is not empty, or define them in wildfly-config");
    }

    private static Set<String> definedByTheServerConfiguration() throws IOException {
        Path scripts = Path.of("..", "wildfly-config");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(scripts)) {
            for (Path script : files.filter(file -> file.toString().endsWith(".cli")).toList()) {
                Matcher found = DEFINED.matcher(Files.readString(script));
                while (found.find()) {
                    names.add(found.group(1));
                }
            }
        }
        assertTrue(names.contains("imprimfip.deposit.max-file-bytes"), "the scripts were read: " + names);
        return names;
    }

    private static List<Class<?>> platformClasses() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : PlatformClassNames.all()) {
            try {
                classes.add(Class.forName(name, false, EverySettingHasAValueTest.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError unreadable) {
                // a class that cannot be loaded here injects nothing the server would need either
            }
        }
        return classes;
    }
}
