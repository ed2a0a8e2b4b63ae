package vn.binhyen.risk;

import java.util.List;

/** Reads {@code --name value} or {@code --name=value} from command arguments. */
final class Options {

	private Options() {
	}

	static String value(List<String> args, String name, String fallback) {
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals(name) && i + 1 < args.size()) {
				return args.get(i + 1);
			}
			if (a.startsWith(name + "=")) {
				return a.substring(name.length() + 1);
			}
		}
		return fallback;
	}
}
