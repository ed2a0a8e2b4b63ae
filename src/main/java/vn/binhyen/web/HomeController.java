package vn.binhyen.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (the start page is the home module's). */
@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
