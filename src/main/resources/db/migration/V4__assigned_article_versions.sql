-- An assignment reads the article versions that were current when it was made, so answers and key
-- passages keep pointing at the text they were made on when an article is edited later.
alter table assignment add column article_version integer default 1 not null;
alter table assignment add column second_article_version integer;
