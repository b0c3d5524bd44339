/**
 * Several app nodes on one PostgreSQL: the changes that open pages follow live (highlights and
 * replies for readers, students' work for dashboards) are passed between nodes with PostgreSQL's
 * LISTEN/NOTIFY, so a student on one node sees a classmate's highlight made on the other. Only the
 * fact that something changed in an assignment travels, never content; each page asks the services
 * again as its own user. Owns no table.
 */
package org.sourcelens.cluster;
