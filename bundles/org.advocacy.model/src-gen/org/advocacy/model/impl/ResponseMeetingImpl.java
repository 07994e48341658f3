/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.impl;

import java.util.Collection;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.Evidence;
import org.advocacy.model.ResponseMeeting;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getSituation <em>Situation</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getProblem <em>Problem</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getHowWeGotHere <em>How We Got Here</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getCourseOfAction <em>Course Of Action</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.advocacy.model.impl.ResponseMeetingImpl#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseMeetingImpl extends MeetingImpl implements ResponseMeeting {
	/**
	 * The default value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected static final String SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSituation() <em>Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSituation()
	 * @generated
	 * @ordered
	 */
	protected String situation = SITUATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected String problem = PROBLEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getHowWeGotHere() <em>How We Got Here</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowWeGotHere()
	 * @generated
	 * @ordered
	 */
	protected static final String HOW_WE_GOT_HERE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHowWeGotHere() <em>How We Got Here</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowWeGotHere()
	 * @generated
	 * @ordered
	 */
	protected String howWeGotHere = HOW_WE_GOT_HERE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOptions() <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected String options = OPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCourseOfAction() <em>Course Of Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseOfAction()
	 * @generated
	 * @ordered
	 */
	protected static final String COURSE_OF_ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCourseOfAction() <em>Course Of Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourseOfAction()
	 * @generated
	 * @ordered
	 */
	protected String courseOfAction = COURSE_OF_ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseMeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AdvocacyPackage.Literals.RESPONSE_MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSituation() {
		return situation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSituation(String newSituation) {
		String oldSituation = situation;
		situation = newSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__SITUATION,
					oldSituation, situation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblem(String newProblem) {
		String oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__PROBLEM, oldProblem,
					problem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHowWeGotHere() {
		return howWeGotHere;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHowWeGotHere(String newHowWeGotHere) {
		String oldHowWeGotHere = howWeGotHere;
		howWeGotHere = newHowWeGotHere;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__HOW_WE_GOT_HERE,
					oldHowWeGotHere, howWeGotHere));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptions() {
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptions(String newOptions) {
		String oldOptions = options;
		options = newOptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__OPTIONS, oldOptions,
					options));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCourseOfAction() {
		return courseOfAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourseOfAction(String newCourseOfAction) {
		String oldCourseOfAction = courseOfAction;
		courseOfAction = newCourseOfAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__COURSE_OF_ACTION,
					oldCourseOfAction, courseOfAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this,
					AdvocacyPackage.RESPONSE_MEETING__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AdvocacyPackage.RESPONSE_MEETING__OUTCOME, oldOutcome,
					outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case AdvocacyPackage.RESPONSE_MEETING__EVIDENCE:
			return ((InternalEList<?>) getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case AdvocacyPackage.RESPONSE_MEETING__SITUATION:
			return getSituation();
		case AdvocacyPackage.RESPONSE_MEETING__PROBLEM:
			return getProblem();
		case AdvocacyPackage.RESPONSE_MEETING__HOW_WE_GOT_HERE:
			return getHowWeGotHere();
		case AdvocacyPackage.RESPONSE_MEETING__OPTIONS:
			return getOptions();
		case AdvocacyPackage.RESPONSE_MEETING__COURSE_OF_ACTION:
			return getCourseOfAction();
		case AdvocacyPackage.RESPONSE_MEETING__EVIDENCE:
			return getEvidence();
		case AdvocacyPackage.RESPONSE_MEETING__OUTCOME:
			return getOutcome();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case AdvocacyPackage.RESPONSE_MEETING__SITUATION:
			setSituation((String) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__PROBLEM:
			setProblem((String) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__HOW_WE_GOT_HERE:
			setHowWeGotHere((String) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__OPTIONS:
			setOptions((String) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__COURSE_OF_ACTION:
			setCourseOfAction((String) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__EVIDENCE:
			getEvidence().clear();
			getEvidence().addAll((Collection<? extends Evidence>) newValue);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__OUTCOME:
			setOutcome((String) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.RESPONSE_MEETING__SITUATION:
			setSituation(SITUATION_EDEFAULT);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__PROBLEM:
			setProblem(PROBLEM_EDEFAULT);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__HOW_WE_GOT_HERE:
			setHowWeGotHere(HOW_WE_GOT_HERE_EDEFAULT);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__OPTIONS:
			setOptions(OPTIONS_EDEFAULT);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__COURSE_OF_ACTION:
			setCourseOfAction(COURSE_OF_ACTION_EDEFAULT);
			return;
		case AdvocacyPackage.RESPONSE_MEETING__EVIDENCE:
			getEvidence().clear();
			return;
		case AdvocacyPackage.RESPONSE_MEETING__OUTCOME:
			setOutcome(OUTCOME_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case AdvocacyPackage.RESPONSE_MEETING__SITUATION:
			return SITUATION_EDEFAULT == null ? situation != null : !SITUATION_EDEFAULT.equals(situation);
		case AdvocacyPackage.RESPONSE_MEETING__PROBLEM:
			return PROBLEM_EDEFAULT == null ? problem != null : !PROBLEM_EDEFAULT.equals(problem);
		case AdvocacyPackage.RESPONSE_MEETING__HOW_WE_GOT_HERE:
			return HOW_WE_GOT_HERE_EDEFAULT == null ? howWeGotHere != null
					: !HOW_WE_GOT_HERE_EDEFAULT.equals(howWeGotHere);
		case AdvocacyPackage.RESPONSE_MEETING__OPTIONS:
			return OPTIONS_EDEFAULT == null ? options != null : !OPTIONS_EDEFAULT.equals(options);
		case AdvocacyPackage.RESPONSE_MEETING__COURSE_OF_ACTION:
			return COURSE_OF_ACTION_EDEFAULT == null ? courseOfAction != null
					: !COURSE_OF_ACTION_EDEFAULT.equals(courseOfAction);
		case AdvocacyPackage.RESPONSE_MEETING__EVIDENCE:
			return evidence != null && !evidence.isEmpty();
		case AdvocacyPackage.RESPONSE_MEETING__OUTCOME:
			return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (situation: ");
		result.append(situation);
		result.append(", problem: ");
		result.append(problem);
		result.append(", howWeGotHere: ");
		result.append(howWeGotHere);
		result.append(", options: ");
		result.append(options);
		result.append(", courseOfAction: ");
		result.append(courseOfAction);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(')');
		return result.toString();
	}

} //ResponseMeetingImpl
