/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.provider;

import java.util.Collection;
import java.util.List;

import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.PlanTask;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.advocacy.model.PlanTask} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanTaskItemProvider extends PersonalListItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanTaskItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addStartPropertyDescriptor(object);
			addDurationDaysPropertyDescriptor(object);
			addFinishPropertyDescriptor(object);
			addPercentCompletePropertyDescriptor(object);
			addMilestonePropertyDescriptor(object);
			addCommitmentDatePropertyDescriptor(object);
			addCaveatsPropertyDescriptor(object);
			addPrerequisitesPropertyDescriptor(object);
			addBaselineStartPropertyDescriptor(object);
			addBaselineFinishPropertyDescriptor(object);
			addBaselinedAtPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_name_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_name_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__NAME, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_owner_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_owner_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__OWNER, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_start_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_start_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__START, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Duration Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_durationDays_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_durationDays_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__DURATION_DAYS, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_finish_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_finish_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__FINISH, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Percent Complete feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPercentCompletePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_percentComplete_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_percentComplete_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__PERCENT_COMPLETE, true, false, false,
						ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Milestone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMilestonePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_milestone_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_milestone_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__MILESTONE, true, false, false,
						ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Commitment Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommitmentDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_commitmentDate_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_commitmentDate_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__COMMITMENT_DATE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Caveats feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCaveatsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_caveats_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_caveats_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__CAVEATS, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Prerequisites feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrerequisitesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_prerequisites_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_prerequisites_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__PREREQUISITES, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Baseline Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_baselineStart_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_baselineStart_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__BASELINE_START, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Baseline Finish feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineFinishPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_baselineFinish_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_baselineFinish_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__BASELINE_FINISH, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Baselined At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselinedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_PlanTask_baselinedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_PlanTask_baselinedAt_feature",
								"_UI_PlanTask_type"),
						AdvocacyPackage.Literals.PLAN_TASK__BASELINED_AT, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(AdvocacyPackage.Literals.PLAN_TASK__DEPENDENCIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns PlanTask.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PlanTask"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((PlanTask) object).getName();
		return label == null || label.length() == 0 ? getString("_UI_PlanTask_type")
				: getString("_UI_PlanTask_type") + " " + label;
	}

	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(PlanTask.class)) {
		case AdvocacyPackage.PLAN_TASK__NAME:
		case AdvocacyPackage.PLAN_TASK__START:
		case AdvocacyPackage.PLAN_TASK__DURATION_DAYS:
		case AdvocacyPackage.PLAN_TASK__FINISH:
		case AdvocacyPackage.PLAN_TASK__PERCENT_COMPLETE:
		case AdvocacyPackage.PLAN_TASK__MILESTONE:
		case AdvocacyPackage.PLAN_TASK__COMMITMENT_DATE:
		case AdvocacyPackage.PLAN_TASK__CAVEATS:
		case AdvocacyPackage.PLAN_TASK__PREREQUISITES:
		case AdvocacyPackage.PLAN_TASK__BASELINE_START:
		case AdvocacyPackage.PLAN_TASK__BASELINE_FINISH:
		case AdvocacyPackage.PLAN_TASK__BASELINED_AT:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case AdvocacyPackage.PLAN_TASK__DEPENDENCIES:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
			return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.PLAN_TASK__DEPENDENCIES,
				AdvocacyFactory.eINSTANCE.createTaskDependency()));
	}

}
