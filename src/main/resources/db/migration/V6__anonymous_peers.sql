-- Whether classmates see each other's highlights without names (the instructor always sees names).
alter table assignment add column anonymous_peers boolean default false not null;
