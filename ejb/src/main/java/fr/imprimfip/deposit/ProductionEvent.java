package fr.imprimfip.deposit;

/**
 * What the print centre reports about a letter of a print lot: its production steps, its hand-over to La Poste,
 * a production incident, and for registered mail the delivery events La Poste sends back.
 */
public enum ProductionEvent {
    PRINTED(false),
    ENVELOPED(false),
    HANDED_OVER(false),
    ERROR(false),
    OUT_FOR_DELIVERY(true),
    DELIVERED(true),
    REFUSED(true),
    NOT_COLLECTED(true),
    DELIVERY_FAILED(true);

    private final boolean delivery;

    ProductionEvent(boolean delivery) {
        this.delivery = delivery;
    }

    /** Whether the event comes from La Poste's tracking of registered mail rather than from the print centre. */
    public boolean delivery() {
        return delivery;
    }

    /** The status a delivery event leads to. */
    DocumentStatus deliveryStatus() {
        return switch (this) {
            case OUT_FOR_DELIVERY -> DocumentStatus.OUT_FOR_DELIVERY;
            case DELIVERED -> DocumentStatus.DELIVERED;
            case REFUSED -> DocumentStatus.REFUSED;
            case NOT_COLLECTED -> DocumentStatus.NOT_COLLECTED;
            case DELIVERY_FAILED -> DocumentStatus.DELIVERY_FAILED;
            default -> throw new IllegalStateException(this + " is not a delivery event");
        };
    }
}
