/**
 * Production and quality: work orders against released BOM revisions, serialized units and their
 * genealogy, operations, tests, nonconformances, qualifications of configurations, customer acceptance
 * and delivery with a certificate of conformity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Production")
package org.jointline.production;
