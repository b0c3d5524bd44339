package org.sourcelens.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcelens.annotation.AnnotationChanged;
import org.sourcelens.assignment.ClassWorkChanged;

class ChangeMessageTest {

    @Test
    void a_change_travels_as_node_kind_and_assignment_and_comes_back_as_the_same_event() {
        ChangeMessage highlight = ChangeMessage.of("node1", new AnnotationChanged(42));
        ChangeMessage work = ChangeMessage.of("node1", new ClassWorkChanged(7));

        assertThat(highlight.encode()).isEqualTo("node1 a 42");
        assertThat(work.encode()).isEqualTo("node1 w 7");
        assertThat(ChangeMessage.decode("node1 a 42")).contains(highlight);
        assertThat(ChangeMessage.decode(highlight.encode()).orElseThrow().event()).isEqualTo(new AnnotationChanged(42));
        assertThat(ChangeMessage.decode(work.encode()).orElseThrow().event()).isEqualTo(new ClassWorkChanged(7));
    }

    @Test
    void anything_else_on_the_channel_is_ignored() {
        assertThat(ChangeMessage.decode(null)).isEmpty();
        assertThat(ChangeMessage.decode("")).isEmpty();
        assertThat(ChangeMessage.decode("node1 a")).isEmpty();
        assertThat(ChangeMessage.decode("node1 x 42")).isEmpty();
        assertThat(ChangeMessage.decode("node1 a forty-two")).isEmpty();
        assertThat(ChangeMessage.decode("node1 a 42 extra")).isEmpty();
        assertThat(ChangeMessage.decode(" a 42")).isEmpty();
    }

    @Test
    void only_live_changes_cross_nodes() {
        assertThatThrownBy(() -> ChangeMessage.of("node1", "something else"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChangeMessage("two words", ChangeMessage.Kind.ANNOTATION, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
