package vn.binhyen.shared;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param messageKey the label's key in the message bundles
 * @param path where it links
 * @param order position, lower first
 * @param roles the roles (without ROLE_) that see it; empty for every logged-in user
 */
public record NavItem(String messageKey, String path, int order, Set<String> roles) {
}
