package org.gonghui.mutualaid;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.gonghui.shared.money.Money;

/**
 * One line of a claim's computation as the reviewer and the member see it: a message key
 * (the Chinese label, with {@code args} filled in as {0}, {1} …) and the amount on that
 * line.
 *
 * @param amount null for lines that state a fact without an amount (e.g. the cover day)
 */
public record ComputationLine(String labelKey, List<String> args, @Nullable Money amount) {

	public ComputationLine {
		args = List.copyOf(args);
	}

	static ComputationLine of(String labelKey, Money amount, String... args) {
		return new ComputationLine(labelKey, List.of(args), amount);
	}

	static ComputationLine fact(String labelKey, String... args) {
		return new ComputationLine(labelKey, List.of(args), null);
	}

}
