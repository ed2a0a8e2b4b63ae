/**
 * Web shell: layout, navigation, language switch, formatting, error answers and the start page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"demo", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.web;
