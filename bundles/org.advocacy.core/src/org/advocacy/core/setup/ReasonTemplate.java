// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.setup;

/**
 * A reason for engagement to create; the management review counts engagements by reason.
 *
 * @param name        a short name, such as "Unable to conduct business"
 * @param description when it applies, in the customer's words where the whitepaper gives them
 */
public record ReasonTemplate(String name, String description) {

	/** @throws IllegalArgumentException when the name is blank */
	public ReasonTemplate {
		name = Texts.required(name, "a reason for engagement needs a name");
		description = Texts.optional(description);
	}
}
