package fr.imprimfip.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every answer. Without it the JAX-RS runtime builds a new one per request, and JSON-B
 * inspects every answer class again each time: a cost that dominated the cheapest calls.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The instance the request records are read with too. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
