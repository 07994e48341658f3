// SPDX-License-Identifier: EPL-2.0
/**
 * Every EMF command that changes the model, in one headless place: the user interface, the command line and the
 * team repository only call these factories and execute what they return on an editing domain's command stack, which
 * gives Edit &gt; Undo and Redo. Grouped by what they change:
 * <ul>
 * <li>{@link org.advocacy.core.commands.EngagementCommands}: open an engagement, draft a customer update, start and
 * review the situation summary, and apply the engine's {@link org.advocacy.core.validation.ModelChange}s;</li>
 * <li>{@link org.advocacy.core.commands.LadderCommands}: escalate to an area, record a call and its outcome;</li>
 * <li>{@link org.advocacy.core.commands.PlanCommands}: move, resize, progress and link get-well plan tasks, replace
 * the plan;</li>
 * <li>{@link org.advocacy.core.commands.OrganizationCommands}: the who-to-call matrix and its import, working days;</li>
 * <li>{@link org.advocacy.core.commands.ReferenceDataCommands}: segments and their service targets, customers with
 * their contacts and product lines, and the customer import;</li>
 * <li>{@link org.advocacy.core.commands.AgendaCommands}: the next management review's agenda;</li>
 * <li>{@link org.advocacy.core.commands.ColourCommands}: the advocate's override of the engine's colour code;</li>
 * <li>{@link org.advocacy.core.commands.CommitmentCommands}: root-cause commitments asked of management for the next
 * review, edited, started, done, dropped with a reason, reopened;</li>
 * <li>{@link org.advocacy.core.commands.MeetingCommands}: the response meeting with the experts from the who-to-call
 * list and their evidence, customer meetings and their dry-runs; {@link org.advocacy.core.commands.SummaryPrefill}:
 * the first draft situation summary from the response meeting, filling only what is empty;</li>
 * <li>{@link org.advocacy.core.commands.OfferCommands}: offers on a free trial; {@link
 * org.advocacy.core.commands.UnderstandingCommands}: the customer's repeat-back and the update that confirmed the
 * criteria or the close-out;</li>
 * <li>{@link org.advocacy.core.commands.FeatureCommands}: one feature of one object, for the generic editors
 * (Properties view, form fields, table rows), and removing rows only when nothing else still names them
 * ({@link org.advocacy.core.commands.Usages}).</li>
 * </ul>
 * Factories take the editing domain and return an unexecuted {@link org.eclipse.emf.common.command.Command}, labelled
 * for Undo where the user sees it; where a gesture may ask for something the model cannot take they return an
 * {@link org.advocacy.core.commands.Edit} with the reason instead.
 */
package org.advocacy.core.commands;
