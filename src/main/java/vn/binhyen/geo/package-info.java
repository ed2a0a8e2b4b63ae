/**
 * Geography: Vietnam's provinces and Thanh Hóa's administrative units before and after the
 * 1 July 2025 reorganisation, with validity dates and the old-to-new mapping, and the
 * province's economic and industrial zones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.geo;
