package org.sourcelens.base;

import java.util.Optional;

/**
 * Input a service refuses, with a message written for the person who typed it: preferably a
 * {@link Message} the view translates; a plain English message where that conversion is still to do.
 */
public class ValidationException extends RuntimeException {

    private final transient Message text;

    public ValidationException(String message) {
        super(message);
        this.text = null;
    }

    /** A refusal the view shows in the reader's language; the exception's message is the English text. */
    public ValidationException(Message text) {
        super(text.english());
        this.text = text;
    }

    /** The translatable text, when the service gave one. */
    public Optional<Message> text() {
        return Optional.ofNullable(text);
    }
}
