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
import org.advocacy.model.GetWellPlan;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.advocacy.model.GetWellPlan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class GetWellPlanItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GetWellPlanItemProvider(AdapterFactory adapterFactory) {
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
			addScopePropertyDescriptor(object);
			addObjectivesPropertyDescriptor(object);
			addOutOfScopePropertyDescriptor(object);
			addCalendarPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addStatusRationalePropertyDescriptor(object);
			addPublishedAtPropertyDescriptor(object);
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
						getResourceLocator(), getString("_UI_GetWellPlan_name_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_name_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__NAME, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_scope_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_scope_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__SCOPE, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Objectives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_objectives_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_objectives_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__OBJECTIVES, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Out Of Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOutOfScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_outOfScope_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_outOfScope_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__OUT_OF_SCOPE, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Calendar feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCalendarPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_calendar_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_calendar_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__CALENDAR, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_status_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_status_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Status Rationale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusRationalePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_statusRationale_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_statusRationale_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_RATIONALE, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Published At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPublishedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_GetWellPlan_publishedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_publishedAt_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__PUBLISHED_AT, true, false, false,
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
						getResourceLocator(), getString("_UI_GetWellPlan_baselinedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_GetWellPlan_baselinedAt_feature",
								"_UI_GetWellPlan_type"),
						AdvocacyPackage.Literals.GET_WELL_PLAN__BASELINED_AT, true, false, false,
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
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__STAKEHOLDERS);
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__RISKS);
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__ASSUMPTIONS);
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__PHASES);
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_MEETINGS);
			childrenFeatures.add(AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE);
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
	 * This returns GetWellPlan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/GetWellPlan"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((GetWellPlan) object).getName();
		return label == null || label.length() == 0 ? getString("_UI_GetWellPlan_type")
				: getString("_UI_GetWellPlan_type") + " " + label;
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

		switch (notification.getFeatureID(GetWellPlan.class)) {
		case AdvocacyPackage.GET_WELL_PLAN__NAME:
		case AdvocacyPackage.GET_WELL_PLAN__SCOPE:
		case AdvocacyPackage.GET_WELL_PLAN__OBJECTIVES:
		case AdvocacyPackage.GET_WELL_PLAN__OUT_OF_SCOPE:
		case AdvocacyPackage.GET_WELL_PLAN__STATUS:
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_RATIONALE:
		case AdvocacyPackage.GET_WELL_PLAN__PUBLISHED_AT:
		case AdvocacyPackage.GET_WELL_PLAN__BASELINED_AT:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case AdvocacyPackage.GET_WELL_PLAN__STAKEHOLDERS:
		case AdvocacyPackage.GET_WELL_PLAN__RISKS:
		case AdvocacyPackage.GET_WELL_PLAN__ASSUMPTIONS:
		case AdvocacyPackage.GET_WELL_PLAN__PHASES:
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETINGS:
		case AdvocacyPackage.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE:
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

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__STAKEHOLDERS,
				AdvocacyFactory.eINSTANCE.createStakeholder()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__RISKS,
				AdvocacyFactory.eINSTANCE.createRisk()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__ASSUMPTIONS,
				AdvocacyFactory.eINSTANCE.createAssumption()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__PHASES,
				AdvocacyFactory.eINSTANCE.createPhaseOfValue()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_MEETINGS,
				AdvocacyFactory.eINSTANCE.createStatusMeeting()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.GET_WELL_PLAN__STATUS_MEETING_SCHEDULE,
				AdvocacyFactory.eINSTANCE.createMeetingSchedule()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return AdvocacyEditPlugin.INSTANCE;
	}

}
