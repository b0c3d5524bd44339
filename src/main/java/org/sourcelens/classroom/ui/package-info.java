/** Class lists for students and instructors, joining and registering with a join code. */
package org.sourcelens.classroom.ui;
