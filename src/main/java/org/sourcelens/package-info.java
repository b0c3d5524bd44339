/**
 * SourceLens: collaborative source reading and quizzes for media-literacy classes. One package per
 * feature; each feature's public face is its application service and the records it returns.
 */
package org.sourcelens;
