/** Classes, their instructors, join codes and enrolment; archiving a class and purging archived ones. */
package org.sourcelens.classroom;
