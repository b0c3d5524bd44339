/**
 * The crash test (not part of {@code mvn verify}): the packaged app killed with SIGKILL while real
 * browsers autosave answers, restarted on the same database, and every acknowledged save checked.
 * See README.md, "Crash test".
 */
package org.sourcelens.durability;
