/** Sign-in screen, changing one's password, and the administrators' user list. */
package org.sourcelens.security.ui;
