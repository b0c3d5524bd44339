package org.sourcelens.base;

/**
 * Something the user asked for does not exist. Services also throw it when a record exists but the
 * user may not know that, so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
