/**
 * Engineering: items owned by organisations, BOM revisions (released ones never change), multi-level
 * explosion and where-used, technical documents, change orders, and BOM import from real files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engineering")
package org.jointline.engineering;
