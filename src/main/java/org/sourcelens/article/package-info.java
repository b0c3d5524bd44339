/**
 * The article library: importing raw articles (clean-up of scraping residue), versioned article
 * text with stable paragraph anchors, and reading an article. Other features say who may read an
 * article through {@link org.sourcelens.article.ArticleReadAccess}.
 */
package org.sourcelens.article;
