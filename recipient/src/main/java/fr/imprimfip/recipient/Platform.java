package fr.imprimfip.recipient;

/**
 * The EAR's service the pages call, by its global JNDI name. The pages are a deployment of their own next to the
 * EAR, as the staff console: WildFly gives each top-level deployment one virtual security domain, and the public
 * pages have nothing to share with the EAR's MP-JWT API.
 */
final class Platform {

    static final String DELIVERY = "java:global/imprimfip/imprimfip-ejb/ElectronicDelivery"
            + "!fr.imprimfip.lre.ElectronicDelivery";

    private Platform() {
    }
}
