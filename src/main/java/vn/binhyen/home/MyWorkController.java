package vn.binhyen.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.binhyen.identity.CurrentUser;

/** The start page: “my work” for a logged-in user, the way in for officers and workers otherwise. */
@Controller
class MyWorkController {

	private final MyWork work;
	private final CurrentUser currentUser;

	MyWorkController(MyWork work, CurrentUser currentUser) {
		this.work = work;
		this.currentUser = currentUser;
	}

	@GetMapping("/")
	String home(Model model) {
		var user = currentUser.get();
		if (user.isPresent() && !user.get().hasArea()) {
			// an account without area sees no data: the home says why instead of refusing the page
			model.addAttribute("noArea", true);
		}
		else if (user.isPresent()) {
			model.addAttribute("home", work.home());
		}
		return "home";
	}
}
