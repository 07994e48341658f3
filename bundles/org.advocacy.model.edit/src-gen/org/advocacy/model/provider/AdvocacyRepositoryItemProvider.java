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
import org.advocacy.model.AdvocacyRepository;

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
 * This is the item provider adapter for a {@link org.advocacy.model.AdvocacyRepository} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AdvocacyRepositoryItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AdvocacyRepositoryItemProvider(AdapterFactory adapterFactory) {
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
						getResourceLocator(), getString("_UI_AdvocacyRepository_name_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_AdvocacyRepository_name_feature",
								"_UI_AdvocacyRepository_type"),
						AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NAME, true, false, false,
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
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__SEGMENTS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__BUSINESS_UNITS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__PRODUCT_LINES);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REASONS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__DEFAULT_TARGETS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ORGANIZATION);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE);
			childrenFeatures.add(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATIONS);
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
	 * This returns AdvocacyRepository.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AdvocacyRepository"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AdvocacyRepository) object).getName();
		return label == null || label.length() == 0 ? getString("_UI_AdvocacyRepository_type")
				: getString("_UI_AdvocacyRepository_type") + " " + label;
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

		switch (notification.getFeatureID(AdvocacyRepository.class)) {
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NAME:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case AdvocacyPackage.ADVOCACY_REPOSITORY__SEGMENTS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__CUSTOMERS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__BUSINESS_UNITS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__PRODUCT_LINES:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REASONS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__DEFAULT_TARGETS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ORGANIZATION:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__ENGAGEMENTS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEWS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE:
		case AdvocacyPackage.ADVOCACY_REPOSITORY__NOTIFICATIONS:
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

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__SEGMENTS,
				AdvocacyFactory.eINSTANCE.createCustomerSegment()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__CUSTOMERS,
				AdvocacyFactory.eINSTANCE.createCustomer()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__BUSINESS_UNITS,
				AdvocacyFactory.eINSTANCE.createBusinessUnit()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__PRODUCT_LINES,
				AdvocacyFactory.eINSTANCE.createProductLine()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REASONS,
				AdvocacyFactory.eINSTANCE.createEngagementReason()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__DEFAULT_TARGETS,
				AdvocacyFactory.eINSTANCE.createServiceTarget()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ORGANIZATION,
				AdvocacyFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__ENGAGEMENTS,
				AdvocacyFactory.eINSTANCE.createEngagement()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEWS,
				AdvocacyFactory.eINSTANCE.createManagementReview()));

		newChildDescriptors
				.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATION_SETTINGS,
						AdvocacyFactory.eINSTANCE.createNotificationSettings()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__REVIEW_SCHEDULE,
				AdvocacyFactory.eINSTANCE.createMeetingSchedule()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ADVOCACY_REPOSITORY__NOTIFICATIONS,
				AdvocacyFactory.eINSTANCE.createNotificationRecord()));
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
