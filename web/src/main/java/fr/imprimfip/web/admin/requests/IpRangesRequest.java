package fr.imprimfip.web.admin.requests;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** {@code {"ranges": ["192.0.2.0/24", "2001:db8::/32"]}}: the address ranges a partner calls from, replaced. */
public record IpRangesRequest(@NotNull List<@NotNull String> ranges) {

    public static final String SHAPE = "\\{\"ranges\": [\"192.0.2.0/24\", ...]\\}";
}
