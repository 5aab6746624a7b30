/**
 * Shared kernel: identifiers, errors, the acting person, paging, database and web setup.
 * Open to every module; kept small on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN, displayName = "Platform")
package org.jointline.platform;
