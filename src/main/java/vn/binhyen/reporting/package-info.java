/**
 * Reporting: figures for a period and area, the dashboard, and periodic reports as DOCX (Decree
 * 30/2020/NĐ-CP layout) and XLSX tables built from the same figures.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "geo", "identity", "outreach", "shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.reporting;
