/**
 * Students' data for administrators: export all data of one student as JSON, delete a student
 * completely, and purge archived classes after the retention period. Assembles what each feature
 * exports about a student; owns no table. Depends on the other features; none depends on it.
 */
package org.sourcelens.privacy;
