/** Class pages with their readings, and the reader for an assigned article. */
package org.sourcelens.assignment.ui;
