-- What a receipt brought in, found by its document (a nonconformance on a supplier receipt returns it).
CREATE INDEX stock_move_receipt_document ON supply.stock_move (document) WHERE kind = 'RECEIPT';
