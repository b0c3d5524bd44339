/** The application frame, error views and small reusable components. */
package org.sourcelens.base.ui;
