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
import org.advocacy.model.Engagement;

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
 * This is the item provider adapter for a {@link org.advocacy.model.Engagement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EngagementItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EngagementItemProvider(AdapterFactory adapterFactory) {
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

			addKeyPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addLabelPropertyDescriptor(object);
			addCustomerPropertyDescriptor(object);
			addAdvocatePropertyDescriptor(object);
			addTeamPropertyDescriptor(object);
			addTriggerPropertyDescriptor(object);
			addCustomerWordsPropertyDescriptor(object);
			addReasonPropertyDescriptor(object);
			addUrgencyPropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addOpenedAtPropertyDescriptor(object);
			addClosedAtPropertyDescriptor(object);
			addBusinessUnitPropertyDescriptor(object);
			addProductLinePropertyDescriptor(object);
			addCriteriaAgreedAtPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addStatusRationalePropertyDescriptor(object);
			addRelatedEngagementsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Key feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_key_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_key_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__KEY, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_title_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_title_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__TITLE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Label feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLabelPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_label_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_label_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__LABEL, false, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Customer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_customer_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_customer_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Advocate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAdvocatePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_advocate_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_advocate_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__ADVOCATE, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Team feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTeamPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_team_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_team_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__TEAM, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Trigger feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTriggerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_trigger_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_trigger_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__TRIGGER, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Customer Words feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerWordsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_customerWords_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_customerWords_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__CUSTOMER_WORDS, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_reason_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_reason_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__REASON, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Urgency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUrgencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_urgency_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_urgency_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__URGENCY, true, false, false,
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
						getResourceLocator(), getString("_UI_Engagement_state_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_state_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__STATE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Opened At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpenedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_openedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_openedAt_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__OPENED_AT, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Closed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClosedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_closedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_closedAt_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__CLOSED_AT, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Business Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBusinessUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_businessUnit_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_businessUnit_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__BUSINESS_UNIT, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Product Line feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProductLinePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_productLine_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_productLine_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__PRODUCT_LINE, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Criteria Agreed At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCriteriaAgreedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_criteriaAgreedAt_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_criteriaAgreedAt_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__CRITERIA_AGREED_AT, true, false, false,
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
						getResourceLocator(), getString("_UI_Engagement_status_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_status_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__STATUS, true, false, false,
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
						getResourceLocator(), getString("_UI_Engagement_statusRationale_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_statusRationale_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__STATUS_RATIONALE, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Related Engagements feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRelatedEngagementsPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_Engagement_relatedEngagements_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_Engagement_relatedEngagements_feature",
								"_UI_Engagement_type"),
						AdvocacyPackage.Literals.ENGAGEMENT__RELATED_ENGAGEMENTS, true, false, true, null, null, null));
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
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__SUCCESS_CRITERIA);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__EFFORT_ENTRIES);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__EXPENSES);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__ESCALATIONS);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__SITUATION_SUMMARY);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__GET_WELL_PLAN);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__COMMUNICATIONS);
			childrenFeatures.add(AdvocacyPackage.Literals.ENGAGEMENT__NOTIFICATIONS);
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
	 * This returns Engagement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Engagement"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Engagement) object).getLabel();
		return label == null || label.length() == 0 ? getString("_UI_Engagement_type")
				: getString("_UI_Engagement_type") + " " + label;
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

		switch (notification.getFeatureID(Engagement.class)) {
		case AdvocacyPackage.ENGAGEMENT__KEY:
		case AdvocacyPackage.ENGAGEMENT__TITLE:
		case AdvocacyPackage.ENGAGEMENT__LABEL:
		case AdvocacyPackage.ENGAGEMENT__TRIGGER:
		case AdvocacyPackage.ENGAGEMENT__CUSTOMER_WORDS:
		case AdvocacyPackage.ENGAGEMENT__URGENCY:
		case AdvocacyPackage.ENGAGEMENT__STATE:
		case AdvocacyPackage.ENGAGEMENT__OPENED_AT:
		case AdvocacyPackage.ENGAGEMENT__CLOSED_AT:
		case AdvocacyPackage.ENGAGEMENT__CRITERIA_AGREED_AT:
		case AdvocacyPackage.ENGAGEMENT__STATUS:
		case AdvocacyPackage.ENGAGEMENT__STATUS_RATIONALE:
			fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
			return;
		case AdvocacyPackage.ENGAGEMENT__DISENGAGEMENT_CRITERIA:
		case AdvocacyPackage.ENGAGEMENT__SUCCESS_CRITERIA:
		case AdvocacyPackage.ENGAGEMENT__EFFORT_ENTRIES:
		case AdvocacyPackage.ENGAGEMENT__EXPENSES:
		case AdvocacyPackage.ENGAGEMENT__ESCALATIONS:
		case AdvocacyPackage.ENGAGEMENT__SITUATION_SUMMARY:
		case AdvocacyPackage.ENGAGEMENT__GET_WELL_PLAN:
		case AdvocacyPackage.ENGAGEMENT__COMMUNICATIONS:
		case AdvocacyPackage.ENGAGEMENT__NOTIFICATIONS:
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

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA,
				AdvocacyFactory.eINSTANCE.createCriterion()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__SUCCESS_CRITERIA,
				AdvocacyFactory.eINSTANCE.createCriterion()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__EFFORT_ENTRIES,
				AdvocacyFactory.eINSTANCE.createEffortEntry()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__EXPENSES,
				AdvocacyFactory.eINSTANCE.createExpense()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__ESCALATIONS,
				AdvocacyFactory.eINSTANCE.createEscalation()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__SITUATION_SUMMARY,
				AdvocacyFactory.eINSTANCE.createSituationSummary()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__GET_WELL_PLAN,
				AdvocacyFactory.eINSTANCE.createGetWellPlan()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__COMMUNICATIONS,
				AdvocacyFactory.eINSTANCE.createCustomerCommunication()));

		newChildDescriptors.add(createChildParameter(AdvocacyPackage.Literals.ENGAGEMENT__NOTIFICATIONS,
				AdvocacyFactory.eINSTANCE.createNotificationRecord()));
	}

	/**
	 * This returns the label text for {@link org.eclipse.emf.edit.command.CreateChildCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
		Object childFeature = feature;
		Object childObject = child;

		boolean qualify = childFeature == AdvocacyPackage.Literals.ENGAGEMENT__DISENGAGEMENT_CRITERIA
				|| childFeature == AdvocacyPackage.Literals.ENGAGEMENT__SUCCESS_CRITERIA;

		if (qualify) {
			return getString("_UI_CreateChild_text2",
					new Object[] { getTypeText(childObject), getFeatureText(childFeature), getTypeText(owner) });
		}
		return super.getCreateChildText(owner, feature, child, selection);
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
