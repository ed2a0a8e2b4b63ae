package vn.binhyen.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Conclusions of a conference (kết luận chỉ đạo) with their items. */
public record Directive(long id, String title, LocalDate conferenceOn, String issuedBy, List<Item> items) {

	public Directive {
		items = List.copyOf(items);
	}

	/** @param status OPEN, IN_PROGRESS, DONE */
	public record Item(long id, String text, String ownerAgency, LocalDate deadline, String status, List<Progress> progress) {

		public Item {
			progress = List.copyOf(progress);
		}

		public boolean overdue(LocalDate today) {
			return !status.equals("DONE") && today.isAfter(deadline);
		}
	}

	public record Progress(Instant at, String author, String text) {
	}
}
