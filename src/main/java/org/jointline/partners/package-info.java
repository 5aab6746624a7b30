/**
 * Partners: programmes, organisations and their memberships, facilities and production lines,
 * people and their roles. Every other module asks it who is acting, for whom, and where.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package org.jointline.partners;
