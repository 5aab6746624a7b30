-- No query reads serials by location: they are found by id, by (item, serial) (the unique index), by serial text
-- (serial_text) or paged by facility. The partial (location_id, item_id) index was only maintained, on every
-- serial made or moved: about a tenth of the INSERT of 10,000 serials. Locations are never deleted, so the
-- location FK needs no index on this side either.
DROP INDEX IF EXISTS supply.serial_location;
