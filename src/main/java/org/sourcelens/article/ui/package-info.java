/** Components that show articles. */
package org.sourcelens.article.ui;
