/** The administrator's students page: find a student, download their data, delete them. */
package org.sourcelens.privacy.ui;
