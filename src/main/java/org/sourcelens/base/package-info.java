/** Shared building blocks every feature uses; depends on no feature. */
package org.sourcelens.base;
