package vn.binhyen.audit.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.binhyen.audit.AuditVerifications;

/** Puts a failed audit verification on every page an administrator opens (the layout's alert), until a later one passes. */
@ControllerAdvice(annotations = Controller.class)
class AuditAlertAdvice {

	private final AuditVerifications verifications;

	AuditAlertAdvice(AuditVerifications verifications) {
		this.verifications = verifications;
	}

	@ModelAttribute
	void alert(Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = auth != null && auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		model.addAttribute("auditAlert", admin ? verifications.openAlert().orElse(null) : null);
	}
}
