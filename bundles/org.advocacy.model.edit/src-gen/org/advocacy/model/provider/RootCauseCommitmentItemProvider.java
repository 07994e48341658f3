/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.provider;

import java.util.Collection;
import java.util.List;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.RootCauseCommitment;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.advocacy.model.RootCauseCommitment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class RootCauseCommitmentItemProvider extends PersonalListItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RootCauseCommitmentItemProvider(AdapterFactory adapterFactory) {
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

			addRootCausesPropertyDescriptor(object);
			addAccountableManagerPropertyDescriptor(object);
			addCommitmentPropertyDescriptor(object);
			addPromisedUpdateOnPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addDropReasonPropertyDescriptor(object);
			addRequestedAtPropertyDescriptor(object);
			addRequestedByPropertyDescriptor(object);
			addLastUpdatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Root Causes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRootCausesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_rootCauses_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_rootCauses_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__ROOT_CAUSES, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Accountable Manager feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAccountableManagerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_RootCauseCommitment_accountableManager_feature"),
						getString("_UI_PropertyDescriptor_description",
								"_UI_RootCauseCommitment_accountableManager_feature", "_UI_RootCauseCommitment_type"),
						AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__ACCOUNTABLE_MANAGER, true, false, true, null,
						null, null));
	}

	/**
	 * This adds a property descriptor for the Commitment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCommitmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_commitment_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_commitment_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__COMMITMENT, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Promised Update On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPromisedUpdateOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_RootCauseCommitment_promisedUpdateOn_feature"),
						getString("_UI_PropertyDescriptor_description",
								"_UI_RootCauseCommitment_promisedUpdateOn_feature", "_UI_RootCauseCommitment_type"),
						AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
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
						getResourceLocator(), getString("_UI_RootCauseCommitment_status_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_status_feature",
								"_UI_RootCauseCommitment_type"),
						AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__STATUS, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Drop Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDropReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_dropReason_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_dropReason_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__DROP_REASON, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Requested At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequestedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_requestedAt_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_requestedAt_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__REQUESTED_AT, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Requested By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequestedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_requestedBy_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_requestedBy_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__REQUESTED_BY, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Last Update feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLastUpdatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_RootCauseCommitment_lastUpdate_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_RootCauseCommitment_lastUpdate_feature",
						"_UI_RootCauseCommitment_type"),
				AdvocacyPackage.Literals.ROOT_CAUSE_COMMITMENT__LAST_UPDATE, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This returns RootCauseCommitment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/RootCauseCommitment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = crop(((RootCauseCommitment) object).getCommitment());
		return label == null || label.length() == 0 ? getString("_UI_RootCauseCommitment_type")
				: getString("_UI_RootCauseCommitment_type") + " " + label;
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

		switch (notification.getFeatureID(RootCauseCommitment.class)) {
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__COMMITMENT:
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__PROMISED_UPDATE_ON:
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__STATUS:
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__DROP_REASON:
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__REQUESTED_AT:
		case AdvocacyPackage.ROOT_CAUSE_COMMITMENT__LAST_UPDATE:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
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
	}

}
