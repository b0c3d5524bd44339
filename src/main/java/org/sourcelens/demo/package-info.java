/**
 * Demo content for the {@code demo} profile: the seed articles, a demo class and demo accounts.
 * Everything goes through the features' services, as a user would.
 */
package org.sourcelens.demo;
