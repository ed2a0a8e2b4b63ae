package vn.binhyen.risk;

/** Runs the backtest command without Spring: {@code BacktestRun --demo-size N --seed S --intensity X}. */
public class BacktestRun {
	public static void main(String[] args) {
		System.exit(new BacktestCommand().run(java.util.List.of(args), System.out));
	}
}
