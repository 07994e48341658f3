/**
 * Copyright (c) 2026 Advocacy Workbench contributors
 * 
 * SPDX-License-Identifier: EPL-2.0
 */
package org.advocacy.model.provider;

import java.time.Instant;

import java.util.Collection;
import java.util.List;

import org.advocacy.model.AdvocacyPackage;
import org.advocacy.model.MeetingSchedule;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

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
 * This is the item provider adapter for a {@link org.advocacy.model.MeetingSchedule} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class MeetingScheduleItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
		IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeetingScheduleItemProvider(AdapterFactory adapterFactory) {
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

			addFirstStartPropertyDescriptor(object);
			addDurationMinutesPropertyDescriptor(object);
			addTimeZonePropertyDescriptor(object);
			addRepeatEveryWeeksPropertyDescriptor(object);
			addRepeatUntilPropertyDescriptor(object);
			addLocationPropertyDescriptor(object);
			addOrganizerPropertyDescriptor(object);
			addAttendeesPropertyDescriptor(object);
			addCustomerAttendeesPropertyDescriptor(object);
			addCancelledPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the First Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFirstStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_firstStart_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_firstStart_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__FIRST_START, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Duration Minutes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDurationMinutesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_MeetingSchedule_durationMinutes_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_durationMinutes_feature",
						"_UI_MeetingSchedule_type"),
				AdvocacyPackage.Literals.MEETING_SCHEDULE__DURATION_MINUTES, true, false, false,
				ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeZonePropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_timeZone_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_timeZone_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__TIME_ZONE, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Repeat Every Weeks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRepeatEveryWeeksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_MeetingSchedule_repeatEveryWeeks_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_repeatEveryWeeks_feature",
						"_UI_MeetingSchedule_type"),
				AdvocacyPackage.Literals.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS, true, false, false,
				ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Repeat Until feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRepeatUntilPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_repeatUntil_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_repeatUntil_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__REPEAT_UNTIL, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Location feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLocationPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_location_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_location_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__LOCATION, true, false, false,
						ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
	}

	/**
	 * This adds a property descriptor for the Organizer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganizerPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_organizer_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_organizer_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__ORGANIZER, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Attendees feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttendeesPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_attendees_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_attendees_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__ATTENDEES, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Customer Attendees feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCustomerAttendeesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add(createItemPropertyDescriptor(
				((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
				getString("_UI_MeetingSchedule_customerAttendees_feature"),
				getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_customerAttendees_feature",
						"_UI_MeetingSchedule_type"),
				AdvocacyPackage.Literals.MEETING_SCHEDULE__CUSTOMER_ATTENDEES, true, false, true, null, null, null));
	}

	/**
	 * This adds a property descriptor for the Cancelled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCancelledPropertyDescriptor(Object object) {
		itemPropertyDescriptors
				.add(createItemPropertyDescriptor(((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(),
						getResourceLocator(), getString("_UI_MeetingSchedule_cancelled_feature"),
						getString("_UI_PropertyDescriptor_description", "_UI_MeetingSchedule_cancelled_feature",
								"_UI_MeetingSchedule_type"),
						AdvocacyPackage.Literals.MEETING_SCHEDULE__CANCELLED, true, false, false,
						ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE, null, null));
	}

	/**
	 * This returns MeetingSchedule.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/MeetingSchedule"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		Instant labelValue = ((MeetingSchedule) object).getFirstStart();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ? getString("_UI_MeetingSchedule_type")
				: getString("_UI_MeetingSchedule_type") + " " + label;
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

		switch (notification.getFeatureID(MeetingSchedule.class)) {
		case AdvocacyPackage.MEETING_SCHEDULE__FIRST_START:
		case AdvocacyPackage.MEETING_SCHEDULE__DURATION_MINUTES:
		case AdvocacyPackage.MEETING_SCHEDULE__TIME_ZONE:
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_EVERY_WEEKS:
		case AdvocacyPackage.MEETING_SCHEDULE__REPEAT_UNTIL:
		case AdvocacyPackage.MEETING_SCHEDULE__LOCATION:
		case AdvocacyPackage.MEETING_SCHEDULE__CANCELLED:
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
