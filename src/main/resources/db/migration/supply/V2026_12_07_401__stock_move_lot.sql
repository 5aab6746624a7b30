-- Which facilities a lot has been at: lots are shown only to those who see one of them (ADR 0007 visibility).
CREATE INDEX stock_move_lot_facility ON supply.stock_move (lot_id, facility_id) WHERE lot_id IS NOT NULL;
