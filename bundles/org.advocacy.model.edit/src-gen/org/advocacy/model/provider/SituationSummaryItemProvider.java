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
import org.advocacy.model.SituationSummary;
import org.advocacy.model.SummaryState;

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
 * This is the item provider adapter for a {@link org.advocacy.model.SituationSummary} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SituationSummaryItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SituationSummaryItemProvider(AdapterFactory adapterFactory) {
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

			addExecutiveSummaryPropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addReviewedAtPropertyDescriptor(object);
			addReviewedByPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Executive Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addExecutiveSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_SituationSummary_executiveSummary_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_SituationSummary_executiveSummary_feature",
						"_UI_SituationSummary_type"),
				AdvocacyPackage.Literals.SITUATION_SUMMARY__EXECUTIVE_SUMMARY, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SituationSummary_state_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_SituationSummary_state_feature",
								"_UI_SituationSummary_type"),
						AdvocacyPackage.Literals.SITUATION_SUMMARY__STATE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Reviewed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SituationSummary_reviewedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_SituationSummary_reviewedAt_feature",
								"_UI_SituationSummary_type"),
						AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_AT, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Reviewed By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewedByPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_SituationSummary_reviewedBy_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_SituationSummary_reviewedBy_feature",
								"_UI_SituationSummary_type"),
						AdvocacyPackage.Literals.SITUATION_SUMMARY__REVIEWED_BY, true, false, true, null, null, null));
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
			childrenFeatures.add(AdvocacyPackage.Literals.SITUATION_SUMMARY__CHRONOLOGY);
			childrenFeatures.add(AdvocacyPackage.Literals.SITUATION_SUMMARY__ROOT_CAUSES);
			childrenFeatures.add(AdvocacyPackage.Literals.SITUATION_SUMMARY__CONTRIBUTING_FACTORS);
			childrenFeatures.add(AdvocacyPackage.Literals.SITUATION_SUMMARY__ACTION_ITEMS);
			childrenFeatures.add(AdvocacyPackage.Literals.SITUATION_SUMMARY__RECOMMENDATIONS);
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
	 * This returns SituationSummary.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SituationSummary"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		SummaryState labelValue = ((SituationSummary) object).getState();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ? getString("_UI_SituationSummary_type")
				: getString("_UI_SituationSummary_type") + " " + label;
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

		switch (notification.getFeatureID(SituationSummary.class)) {
		case AdvocacyPackage.SITUATION_SUMMARY__EXECUTIVE_SUMMARY:
		case AdvocacyPackage.SITUATION_SUMMARY__STATE:
		case AdvocacyPackage.SITUATION_SUMMARY__REVIEWED_AT:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case AdvocacyPackage.SITUATION_SUMMARY__CHRONOLOGY:
		case AdvocacyPackage.SITUATION_SUMMARY__ROOT_CAUSES:
		case AdvocacyPackage.SITUATION_SUMMARY__CONTRIBUTING_FACTORS:
		case AdvocacyPackage.SITUATION_SUMMARY__ACTION_ITEMS:
		case AdvocacyPackage.SITUATION_SUMMARY__RECOMMENDATIONS:
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

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.SITUATION_SUMMARY__CHRONOLOGY,
				AdvocacyFactory.eINSTANCE.createChronologyEvent()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.SITUATION_SUMMARY__ROOT_CAUSES,
				AdvocacyFactory.eINSTANCE.createRootCause()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.SITUATION_SUMMARY__CONTRIBUTING_FACTORS,
				AdvocacyFactory.eINSTANCE.createContributingFactor()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.SITUATION_SUMMARY__ACTION_ITEMS,
				AdvocacyFactory.eINSTANCE.createActionItem()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.SITUATION_SUMMARY__RECOMMENDATIONS,
				AdvocacyFactory.eINSTANCE.createRecommendation()));
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
