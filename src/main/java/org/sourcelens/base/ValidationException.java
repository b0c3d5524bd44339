package org.sourcelens.base;

/** Input a service refuses, with a message written for the person who typed it. */
public class ValidationException extends RuntimeException {

    public ValidationException(String message) {
        super(message);
    }
}
