/**
 * The demo programme: loaded on the first start of an empty database when demo mode is on.
 * Uses only the other modules' public APIs, as a person would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.jointline.demo;
