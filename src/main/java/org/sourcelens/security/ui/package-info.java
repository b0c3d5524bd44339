/** Sign-in screen. */
package org.sourcelens.security.ui;
