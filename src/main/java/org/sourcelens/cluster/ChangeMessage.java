package org.sourcelens.cluster;

import java.util.Optional;
import org.sourcelens.annotation.AnnotationChanged;
import org.sourcelens.assignment.ClassWorkChanged;

/**
 * What one node tells the others: which node it is and which live change happened in which
 * assignment. Travels as the text payload of a PostgreSQL notification, {@code "<node> <kind> <id>"}.
 */
record ChangeMessage(String node, Kind kind, long assignmentId) {

    /** The live changes that cross nodes, each with its one-letter name on the wire. */
    enum Kind {
        ANNOTATION("a"), CLASS_WORK("w");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        static Optional<Kind> of(String code) {
            for (Kind kind : values()) {
                if (kind.code.equals(code)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    ChangeMessage {
        if (node.isBlank() || node.contains(" ")) {
            throw new IllegalArgumentException("A node name is one word: " + node);
        }
    }

    static ChangeMessage of(String node, Object event) {
        return switch (event) {
            case AnnotationChanged change -> new ChangeMessage(node, Kind.ANNOTATION, change.assignmentId());
            case ClassWorkChanged change -> new ChangeMessage(node, Kind.CLASS_WORK, change.assignmentId());
            default -> throw new IllegalArgumentException("Not a change that crosses nodes: " + event);
        };
    }

    String encode() {
        return node + " " + kind.code + " " + assignmentId;
    }

    /** Reads a payload; anything malformed (another program on the channel, a newer version) is ignored. */
    static Optional<ChangeMessage> decode(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 3 || parts[0].isBlank()) {
            return Optional.empty();
        }
        try {
            long assignmentId = Long.parseLong(parts[2]);
            return Kind.of(parts[1]).map(kind -> new ChangeMessage(parts[0], kind, assignmentId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The application event this message stands for, to be published on the receiving node. */
    Object event() {
        return switch (kind) {
            case ANNOTATION -> new AnnotationChanged(assignmentId);
            case CLASS_WORK -> new ClassWorkChanged(assignmentId);
        };
    }
}
