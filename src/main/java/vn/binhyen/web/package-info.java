/**
 * Web shell: layout, navigation, language switch, formatting, error answers and the start page.
 */
@org.jspecify.annotations.NullMarked
package vn.binhyen.web;
