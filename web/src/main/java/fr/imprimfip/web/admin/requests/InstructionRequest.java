package fr.imprimfip.web.admin.requests;

/** {@code {"instruction": "..."}}: the controller's written instruction a restriction or an erasure follows. */
public record InstructionRequest(String instruction) {
}
