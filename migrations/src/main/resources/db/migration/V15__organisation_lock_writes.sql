-- Taking the organisation's lock now also writes its row. On one server the row lock alone kept seat and admin
-- changes one at a time; on a Galera cluster a row lock holds only on the node that took it, and two changes on
-- two nodes that only read the row would both commit. A write puts the row into both write sets, so the second to
-- commit fails certification and starts again, and then sees the first.
ALTER TABLE organisations ADD COLUMN lock_writes BIGINT UNSIGNED NOT NULL DEFAULT 0;
