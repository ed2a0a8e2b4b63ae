package vn.binhyen.coordination;

import java.util.List;

/** A draft regulation that cannot be published; every problem is named. */
public class InvalidRegulation extends RuntimeException {

	private final transient List<RegulationProblem> problems;

	public InvalidRegulation(List<RegulationProblem> problems) {
		super(problems.size() + " problem(s) in the regulation, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<RegulationProblem> problems() {
		return problems;
	}
}
