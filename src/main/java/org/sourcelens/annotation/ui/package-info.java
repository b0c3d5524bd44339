/** The reader with the student's highlights beside the text. */
package org.sourcelens.annotation.ui;
