/**
 * Demo mode: builds the simulated demo province on first start with {@code --demo} and tells
 * every screen that the data is synthetic.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package vn.binhyen.demo;
