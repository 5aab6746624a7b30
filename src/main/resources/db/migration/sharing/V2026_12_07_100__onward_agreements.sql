-- Onward sharing: a recipient whose agreement permits share-onward grants a third organisation part of it.
-- The onward agreement stays the owner's (its decisions go to the owner's ledger); it names the agreement it
-- derives from and the organisation that granted it, and ends with it.
ALTER TABLE sharing.agreement ADD COLUMN parent_agreement_id UUID REFERENCES sharing.agreement (id);
ALTER TABLE sharing.agreement ADD COLUMN granted_by_organisation_id UUID;
CREATE INDEX agreement_parent ON sharing.agreement (parent_agreement_id) WHERE parent_agreement_id IS NOT NULL;
CREATE INDEX agreement_granted_by ON sharing.agreement (granted_by_organisation_id) WHERE granted_by_organisation_id IS NOT NULL;
