// SPDX-License-Identifier: EPL-2.0
package org.advocacy.core.validation;

import java.util.Map;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.AdvocacyRepository;
import org.advocacy.model.AwayPeriod;
import org.advocacy.model.BusinessCalendar;
import org.advocacy.model.ChronologyEvent;
import org.advocacy.model.Criterion;
import org.advocacy.model.Customer;
import org.advocacy.model.EffortEntry;
import org.advocacy.model.Engagement;
import org.advocacy.model.Expense;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.GetWellPlan;
import org.advocacy.model.LadderAttempt;
import org.advocacy.model.Offer;
import org.advocacy.model.PlanTask;
import org.advocacy.model.RootCauseCommitment;
import org.advocacy.model.ServiceTarget;
import org.advocacy.model.SituationSummary;
import org.advocacy.model.TaskDependency;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The {@link EValidator} of the advocacy model: EMF's standard checks (multiplicities, data values, proxies,
 * containment) followed by the rules the tool keeps for the advocate ({@link Rule}). Each diagnostic carries its
 * rule's code and severity, {@link #DIAGNOSTIC_SOURCE}, a message naming what and where, and the offending object
 * and feature as its first two data entries.
 * <p>
 * Registered for {@link AdvocacyPackage} by {@link AdvocacyValidation}; the validator keeps no state, so the one
 * {@link #INSTANCE} serves every thread.
 */
public final class AdvocacyValidator extends EObjectValidator {

	/** The source of every diagnostic of the advocacy rules. */
	public static final String DIAGNOSTIC_SOURCE = "org.advocacy.core.validation";

	/** The shared instance. */
	public static final AdvocacyValidator INSTANCE = new AdvocacyValidator();

	private AdvocacyValidator() {
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean standard = super.validate(eClass, eObject, diagnostics, context);
		if (!standard && diagnostics == null) {
			return false;
		}
		Report report = new Report(diagnostics);
		checkRules(eObject, report);
		return standard && report.isClean();
	}

	/** Runs the advocacy rules that apply to the object's class. */
	private static void checkRules(EObject object, Report report) {
		if (object.eClass().getEPackage() != AdvocacyPackage.eINSTANCE) {
			return;
		}
		switch (object.eClass().getClassifierID()) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY -> EngagementRules.check((AdvocacyRepository) object, report);
		case AdvocacyPackage.ENGAGEMENT -> {
			EngagementRules.check((Engagement) object, report);
			UnderstandingRules.check((Engagement) object, report);
		}
		case AdvocacyPackage.OFFER -> UnderstandingRules.check((Offer) object, report);
		case AdvocacyPackage.CRITERION -> EngagementRules.check((Criterion) object, report);
		case AdvocacyPackage.SITUATION_SUMMARY -> SummaryRules.check((SituationSummary) object, report);
		case AdvocacyPackage.CHRONOLOGY_EVENT -> SummaryRules.check((ChronologyEvent) object, report);
		case AdvocacyPackage.GET_WELL_PLAN -> PlanRules.check((GetWellPlan) object, report);
		case AdvocacyPackage.PLAN_TASK -> PlanRules.check((PlanTask) object, report);
		case AdvocacyPackage.TASK_DEPENDENCY -> PlanRules.check((TaskDependency) object, report);
		case AdvocacyPackage.FUNCTIONAL_AREA -> OrganizationRules.check((FunctionalArea) object, report);
		case AdvocacyPackage.AWAY_PERIOD -> OrganizationRules.check((AwayPeriod) object, report);
		case AdvocacyPackage.LADDER_ATTEMPT -> OrganizationRules.check((LadderAttempt) object, report);
		case AdvocacyPackage.BUSINESS_CALENDAR -> OrganizationRules.check((BusinessCalendar) object, report);
		case AdvocacyPackage.SERVICE_TARGET -> OrganizationRules.check((ServiceTarget) object, report);
		case AdvocacyPackage.EFFORT_ENTRY -> CostRules.check((EffortEntry) object, report);
		case AdvocacyPackage.EXPENSE -> CostRules.check((Expense) object, report);
		case AdvocacyPackage.CUSTOMER -> CostRules.check((Customer) object, report);
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT -> CommitmentRules.check((RootCauseCommitment) object, report);
		default -> {
			// no advocacy rule for this class: the standard checks are all there is
		}
		}
	}
}
