package fr.imprimfip.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DoorTest {

    @Test
    void theDoorsRolesAreTheContainersConstraints() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList constraints = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile())
                .getElementsByTagNameNS("*", "security-constraint");
        Map<String, Set<String>> rolesByPattern = new HashMap<>();
        for (int i = 0; i < constraints.getLength(); i++) {
            Element constraint = (Element) constraints.item(i);
            Set<String> roles = new HashSet<>();
            NodeList names = constraint.getElementsByTagNameNS("*", "role-name");
            for (int j = 0; j < names.getLength(); j++) {
                roles.add(names.item(j).getTextContent().trim());
            }
            NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                rolesByPattern.put(patterns.item(j).getTextContent().trim(), roles);
            }
        }
        for (Door door : Door.values()) {
            if (!door.isDoor()) {
                continue;
            }
            String pattern = "/" + door.prefix().split("/")[1] + "/*";
            assertEquals(door.roles(), rolesByPattern.get(pattern), door + " and the constraint on " + pattern);
        }
    }

    @Test
    void partnerDoorsAreGuardedWholly() {
        for (Door door : new Door[] {Door.PARTNER_V1, Door.PARTNER_NATIVE, Door.PARTNER_OTHER}) {
            assertTrue(door.certificateRequired() && door.quotaApplies(), door.name());
            assertTrue(door.closedDuringMaintenance("/api/v2/deposits"), door.name());
        }
        assertFalse(Door.PARTNER_V1.closedDuringMaintenance("/api/v1/etatSante"), "the health check stays open");
        assertTrue(Door.PRINT_CENTRE.certificateRequired());
        assertFalse(Door.ADMIN.closedDuringMaintenance("/admin/maintenance-windows"));
        assertEquals(Door.ErrorFormat.V1_CONTRACT, Door.ofPath("/api/v1/etatSante").errorFormat());
        assertEquals(Door.PARTNER_OTHER, Door.ofPath("/api/v3/x"));
        assertEquals(Door.PARTNER_OTHER, Door.ofPath("/api"));
    }
}
