package fr.imprimfip.it.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import fr.imprimfip.it.ApiClient;
import fr.imprimfip.it.Platform;

/**
 * The server serves the OpenAPI document of its APIs, the native API included; its v2 part is the one the Java
 * client is generated from ({@code client/src/main/openapi/imprimfip-v2.yaml}), so that the client never drifts
 * from the server unnoticed.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiDocumentIT {

    /** The document the client module is generated from. */
    static final Path CLIENT_DOCUMENT = Path.of(System.getProperty("imprimfip.client.openapi",
            "../client/src/main/openapi/imprimfip-v2.yaml"));
    /** Where a refreshed client document is written when the served one differs. */
    static final Path REFRESHED_DOCUMENT = Path.of("target/openapi/imprimfip-v2.yaml");
    private static final String V2 = "/api/v2/";
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ApiClient api = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Platform.ear();
    }

    @Test
    void theNativeApiIsDescribed() {
        JsonObject document = servedDocument();
        assertTrue(document.getString("openapi").startsWith("3."));
        assertEquals("Imprim'FIP", document.getJsonObject("info").getString("title"));
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v2/deposits"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v2/deposits/{reference}"));
        assertTrue(paths.getJsonObject("/api/v2/deposits").containsKey("post"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theClientIsGeneratedFromTheServedNativeApi() throws IOException {
        Map<String, Object> served = (Map<String, Object>) plain(servedDocument());
        Map<String, Object> servedPaths = v2Paths((Map<String, Object>) served.get("paths"));
        Map<String, Object> servedSchemas = reachableSchemas(servedPaths, schemas(served));

        Map<String, Object> committed = new LinkedHashMap<>(Map.of("openapi", served.get("openapi")));
        if (Files.exists(CLIENT_DOCUMENT)) {
            try (Reader in = Files.newBufferedReader(CLIENT_DOCUMENT, StandardCharsets.UTF_8)) {
                committed = (Map<String, Object>) plain(new Yaml().load(in));
            }
        }
        Map<String, Object> committedPaths = (Map<String, Object>) committed.getOrDefault("paths", Map.of());
        Map<String, Object> committedSchemas = schemas(committed);

        List<String> differences = new ArrayList<>();
        differences.addAll(differences("path", servedPaths, committedPaths));
        differences.addAll(differences("schema", servedSchemas, committedSchemas));
        if (!differences.isEmpty()) {
            Map<String, Object> refreshed = new LinkedHashMap<>(committed);
            refreshed.put("paths", servedPaths);
            Map<String, Object> components = new LinkedHashMap<>(
                    (Map<String, Object>) committed.getOrDefault("components", Map.of()));
            components.put("schemas", servedSchemas);
            refreshed.put("components", components);
            Files.createDirectories(REFRESHED_DOCUMENT.getParent());
            DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            options.setWidth(120);
            Files.writeString(REFRESHED_DOCUMENT, leadingComment() + new Yaml(options).dump(yamlNumbers(refreshed)),
                    StandardCharsets.UTF_8);
            fail("The v2 part of the served OpenAPI document differs from " + CLIENT_DOCUMENT.toAbsolutePath().normalize()
                    + ", which the Java client (module client) is generated from: " + differences
                    + ". If the change is meant, refresh the client's document with the served one, written to "
                    + REFRESHED_DOCUMENT.toAbsolutePath() + " (cp " + REFRESHED_DOCUMENT.toAbsolutePath() + " "
                    + CLIENT_DOCUMENT.toAbsolutePath().normalize() + "), review the diff and rebuild the client.");
        }
    }

    /** The comment heading the client's document, kept in a refreshed one. */
    private static String leadingComment() throws IOException {
        if (!Files.exists(CLIENT_DOCUMENT)) {
            return "";
        }
        StringBuilder comment = new StringBuilder();
        for (String line : Files.readAllLines(CLIENT_DOCUMENT, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                break;
            }
            comment.append(line).append('\n');
        }
        return comment.toString();
    }

    private JsonObject servedDocument() {
        ApiClient.Answer answer = api.get("/openapi?format=JSON");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static Map<String, Object> v2Paths(Map<String, Object> paths) {
        Map<String, Object> v2 = new TreeMap<>();
        paths.forEach((path, item) -> {
            if (path.startsWith(V2)) {
                v2.put(path, item);
            }
        });
        return v2;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemas(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        return (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    }

    /** The schemas {@code from} refers to, directly or through other schemas. */
    private static Map<String, Object> reachableSchemas(Object from, Map<String, Object> schemas) {
        Map<String, Object> reached = new TreeMap<>();
        Deque<Object> toVisit = new ArrayDeque<>(List.of(from));
        while (!toVisit.isEmpty()) {
            Object node = toVisit.pop();
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if ("$ref".equals(key) && value instanceof String ref && ref.startsWith(SCHEMA_REF)) {
                        String name = ref.substring(SCHEMA_REF.length());
                        if (!reached.containsKey(name) && schemas.containsKey(name)) {
                            reached.put(name, schemas.get(name));
                            toVisit.push(schemas.get(name));
                        }
                    } else {
                        toVisit.push(value);
                    }
                });
            } else if (node instanceof List<?> list) {
                list.forEach(toVisit::push);
            }
        }
        return reached;
    }

    private static List<String> differences(String kind, Map<String, Object> served, Map<String, Object> committed) {
        Set<String> names = new TreeSet<>(served.keySet());
        names.addAll(committed.keySet());
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            if (!committed.containsKey(name)) {
                differences.add(kind + " " + name + " served but not in the client's document");
            } else if (!served.containsKey(name)) {
                differences.add(kind + " " + name + " in the client's document but not served");
            } else if (!served.get(name).equals(committed.get(name))) {
                differences.add(kind + " " + name + " differs");
            }
        }
        return differences;
    }

    /** The same with its numbers as YAML writes them plainly: integers as longs, others as doubles. */
    private static Object yamlNumbers(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(key, yamlNumbers(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OpenApiDocumentIT::yamlNumbers).toList();
        }
        if (value instanceof BigDecimal number) {
            return number.scale() <= 0 ? (Object) number.longValueExact() : (Object) number.doubleValue();
        }
        return value;
    }

    /** JSON or YAML as plain maps, lists, strings, booleans and numbers (as BigDecimal without trailing zeros). */
    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((key, member) -> map.put(key, plain(member)));
            return map;
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(OpenApiDocumentIT::plain).toList();
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().stripTrailingZeros();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, member) -> copy.put(String.valueOf(key), plain(member)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(OpenApiDocumentIT::plain).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return value;
    }
}
