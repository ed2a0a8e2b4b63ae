package vn.binhyen.risk;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.binhyen.shared.DemoSeeder;

/**
 * Demo: the enterprises with the highest scores get an alert each, so the loop from warning to
 * action can be walked at once (the coordination regulation routes them to the agencies).
 */
@Component
class AlertDemoSeeder implements DemoSeeder {

	static final int ALERTS = 5;

	private final Scores scores;
	private final AlertManagement alerts;
	private final TransactionTemplate tx;

	AlertDemoSeeder(Scores scores, AlertManagement alerts, TransactionTemplate tx) {
		this.scores = scores;
		this.alerts = alerts;
		this.tx = tx;
	}

	@Override
	public int order() {
		return 510;
	}

	@Override
	public void seed(DemoRequest request) {
		tx.executeWithoutResult(s -> scores.top(ALERTS, null).forEach(score -> alerts.raise(score, AlertTrigger.SCORE)));
	}
}
