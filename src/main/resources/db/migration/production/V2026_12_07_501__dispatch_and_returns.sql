-- A delivery knows when it was dispatched (a held shipment is dispatched later, when compliance releases it),
-- and a nonconformance returned to its supplier names the supply shipment that takes the goods back.
ALTER TABLE production.delivery ADD COLUMN dispatched_at timestamptz;
UPDATE production.delivery d SET dispatched_at = d.created_at
WHERE EXISTS (SELECT 1 FROM production.acceptance a JOIN production.unit u ON u.id = a.unit_id
              WHERE a.delivery_id = d.id AND u.status = 'DELIVERED');
CREATE INDEX delivery_waiting ON production.delivery (shipment_number) WHERE dispatched_at IS NULL;

ALTER TABLE production.nonconformance
    ADD COLUMN return_shipment_id     uuid,
    ADD COLUMN return_shipment_number text,
    ADD COLUMN return_outcome         text,
    ADD COLUMN return_dispatched_at   timestamptz;
CREATE INDEX nonconformance_return_waiting ON production.nonconformance (return_shipment_number)
    WHERE return_shipment_id IS NOT NULL AND return_dispatched_at IS NULL;
