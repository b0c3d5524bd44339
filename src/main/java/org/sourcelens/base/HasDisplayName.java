package org.sourcelens.base;

/** A signed-in principal that can be greeted by name, without the frame knowing the account model. */
public interface HasDisplayName {

    String getDisplayName();
}
