/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.provider;

import java.util.Collection;
import java.util.List;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.CustomerCommunication;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.advocacy.model.CustomerCommunication} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CustomerCommunicationItemProvider extends PersonalListItemItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerCommunicationItemProvider(AdapterFactory adapterFactory) {
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

			addCreatedAtPropertyDescriptor(object);
			addSentAtPropertyDescriptor(object);
			addAuthorPropertyDescriptor(object);
			addAudiencesPropertyDescriptor(object);
			addRecipientsPropertyDescriptor(object);
			addChannelPropertyDescriptor(object);
			addSubjectPropertyDescriptor(object);
			addSummaryPropertyDescriptor(object);
			addSilverLiningPropertyDescriptor(object);
			addColourPropertyDescriptor(object);
			addCustomerRepeatedBackPropertyDescriptor(object);
			addRepeatedBackAtPropertyDescriptor(object);
			addClarificationNotesPropertyDescriptor(object);
			addNextUpdateDuePropertyDescriptor(object);
			addStatePropertyDescriptor(object);
			addEmotionallyChargedPropertyDescriptor(object);
			addHoldUntilPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Created At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCreatedAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_createdAt_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_createdAt_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CREATED_AT, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Sent At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSentAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_sentAt_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_sentAt_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SENT_AT, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Author feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_CustomerCommunication_author_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_author_feature",
								"_UI_CustomerCommunication_type"),
						AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__AUTHOR, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Audiences feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAudiencesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_audiences_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_audiences_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__AUDIENCES, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Recipients feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecipientsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_recipients_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_recipients_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__RECIPIENTS, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Channel feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChannelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_channel_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_channel_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CHANNEL, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Subject feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSubjectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_subject_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_subject_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SUBJECT, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Summary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSummaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_summary_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_summary_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SUMMARY, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Silver Lining feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSilverLiningPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_CustomerCommunication_silverLining_feature"),
						getString("_UI_PropertyDescriptor_description",
								"_UI_CustomerCommunication_silverLining_feature", "_UI_CustomerCommunication_type"),
						AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__SILVER_LINING, true, true, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Colour feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addColourPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_colour_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_colour_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__COLOUR, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Customer Repeated Back feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerRepeatedBackPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_customerRepeatedBack_feature"),
				getString("_UI_PropertyDescriptor_description",
						"_UI_CustomerCommunication_customerRepeatedBack_feature", "_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK, true, false, false,
				ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Repeated Back At feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRepeatedBackAtPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_CustomerCommunication_repeatedBackAt_feature"),
						getString("_UI_PropertyDescriptor_description",
								"_UI_CustomerCommunication_repeatedBackAt_feature", "_UI_CustomerCommunication_type"),
						AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Clarification Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClarificationNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_clarificationNotes_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_clarificationNotes_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES, true, true, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Next Update Due feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNextUpdateDuePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_CustomerCommunication_nextUpdateDue_feature"),
						getString("_UI_PropertyDescriptor_description",
								"_UI_CustomerCommunication_nextUpdateDue_feature", "_UI_CustomerCommunication_type"),
						AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the State feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_state_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_state_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__STATE, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Emotionally Charged feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEmotionallyChargedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_emotionallyCharged_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_emotionallyCharged_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED, true, false, false,
				ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Hold Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHoldUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_CustomerCommunication_holdUntil_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_CustomerCommunication_holdUntil_feature",
						"_UI_CustomerCommunication_type"),
				AdvocacyPackage.Literals.CUSTOMER_COMMUNICATION__HOLD_UNTIL, true, false, false,
				ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This returns CustomerCommunication.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CustomerCommunication"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((CustomerCommunication) object).getSubject();
		return label == null || label.length() == 0 ? getString("_UI_CustomerCommunication_type")
				: getString("_UI_CustomerCommunication_type") + " " + label;
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

		switch (notification.getFeatureID(CustomerCommunication.class)) {
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CREATED_AT:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SENT_AT:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__AUDIENCES:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CHANNEL:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUBJECT:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SUMMARY:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__SILVER_LINING:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__COLOUR:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CUSTOMER_REPEATED_BACK:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__REPEATED_BACK_AT:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__CLARIFICATION_NOTES:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__NEXT_UPDATE_DUE:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__STATE:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__EMOTIONALLY_CHARGED:
		case AdvocacyPackage.CUSTOMER_COMMUNICATION__HOLD_UNTIL:
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
