/**
 * What a class is given to do. For now an assignment is an article assigned as class reading; question
 * sets, due dates and submissions join it later. Decides who may open an assigned article.
 */
package org.sourcelens.assignment;
