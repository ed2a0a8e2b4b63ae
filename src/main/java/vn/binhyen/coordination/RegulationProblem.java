package vn.binhyen.coordination;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong in a draft regulation, named as a clerk finds it.
 * @param rule the rule's number, from 1 (0 for the version's own fields: title, effective date)
 * @param ruleName the rule's name as typed, null when none
 * @param task the task's number in the rule, from 1, or null
 * @param field e.g. “lead”, “tasks[2].agency”, “escalation.afterHours”
 * @param message a message bundle key
 */
public record RegulationProblem(int rule, @Nullable String ruleName, @Nullable Integer task, String field, String message) {
}
