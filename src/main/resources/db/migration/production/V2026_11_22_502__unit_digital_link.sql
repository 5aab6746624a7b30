-- A scanned GS1 Digital Link finds its unit by index, as a plain serial does.
CREATE INDEX unit_digital_link ON production.unit (digital_link) WHERE digital_link IS NOT NULL;
