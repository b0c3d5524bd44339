/** Classes, their instructors, join codes and enrolment. */
package org.sourcelens.classroom;
