/** The administrator's page of the audit log. */
package org.sourcelens.audit.ui;
