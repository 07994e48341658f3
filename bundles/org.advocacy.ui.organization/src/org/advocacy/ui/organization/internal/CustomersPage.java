// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.organization.internal;

import static org.advocacy.model.AdvocacyPackage.Literals.*;

import java.util.List;

import org.advocacy.core.commands.ReferenceDataCommands;
import org.advocacy.core.commands.Usages;
import org.advocacy.model.AdvocacyFactory;
import org.advocacy.model.Audience;
import org.advocacy.model.ContactChannel;
import org.advocacy.model.ContactPoint;
import org.advocacy.model.Customer;
import org.advocacy.model.CustomerContact;
import org.advocacy.model.ProductLine;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.forms.FeatureEditingSupport;
import org.advocacy.ui.forms.FeatureTable;
import org.advocacy.ui.forms.FormFields;
import org.advocacy.ui.forms.Sections;
import org.advocacy.ui.forms.TableColumnSpec;
import org.advocacy.ui.organization.ReferenceDataEditor;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The Customers page: the customers with their segment, business unit, account owner and since when (and until
 * when) they are customers; the selected customer's details, pre-established escalation request and product lines,
 * its contacts with the audience they are written to, and the selected contact's contact points with those that
 * answer around the clock. Every change is a command; removing a customer or contact an engagement names is refused.
 */
public final class CustomersPage extends ReferenceDataPage {

	/** The page id. */
	public static final String ID = "customers";

	private OrganizationListTable customers;
	private CheckboxTableViewer productLines;
	private FeatureTable contacts;
	private FeatureTable contactPoints;

	/** @param editor the editor */
	public CustomersPage(ReferenceDataEditor editor) {
		super(editor, ID, "Customers");
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		super.createFormContent(managedForm);
		FormToolkit toolkit = managedForm.getToolkit();
		FormColumns.Pair columns = FormColumns.two(managedForm, 780, 440);
		createCustomers(toolkit, columns.left());
		IObservableValue<?> customer = customers.observeSelection();
		createDetails(toolkit, columns.right(), customer, fields(toolkit));
		createProductLines(toolkit, columns.right());
		createContacts(toolkit, columns.left(), customer);
		customer.addValueChangeListener(event -> showProductLines());
		onModelChange(this::showProductLines);
		managedForm.getForm().reflow(true);
		customers.selectFirst();
	}

	private void createCustomers(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "Customers",
				"Select a customer for its details, product lines and contacts.", 1, 1, true);
		customers = new OrganizationListTable(toolkit, client, domain(), repository(), ADVOCACY_REPOSITORY__CUSTOMERS,
				"Customer", this::newCustomer, valueText());
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 230).applyTo(customers.getControl());
		column("Name", 160, CUSTOMER__NAME);
		column("Segment", 130, CUSTOMER__SEGMENT);
		column("Business unit", 130, CUSTOMER__BUSINESS_UNIT);
		column("Account owner", 120, CUSTOMER__ACCOUNT_OWNER);
		column("Since", 90, CUSTOMER__CUSTOMER_SINCE);
		column("Until", 90, CUSTOMER__CUSTOMER_UNTIL);
		customers.setInput();
		onModelChange(customers::refresh);
	}

	private void column(String title, int width, EStructuralFeature feature) {
		customers.column(title, width, new FeatureColumnLabelProvider(valueText(), feature),
				new FeatureEditingSupport(customers.getViewer(), domain(), feature));
	}

	private Customer newCustomer() {
		Customer customer = AdvocacyFactory.eINSTANCE.createCustomer();
		customer.setName("New customer");
		return customer;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void createDetails(FormToolkit toolkit, Composite parent, IObservableValue customer, FormFields fields) {
		Composite client = Sections.create(toolkit, parent, "Details",
				"The selected customer: its segment, who owns the account and whether management watches it.", 1, 2,
				false);
		fields.text(client, "Name:", customer, CUSTOMER__NAME, false);
		fields.choice(client, "Segment:", customer, CUSTOMER__SEGMENT, repository().getSegments());
		fields.choice(client, "Business unit:", customer, CUSTOMER__BUSINESS_UNIT, repository().getBusinessUnits());
		fields.choice(client, "Account owner:", customer, CUSTOMER__ACCOUNT_OWNER,
				repository().getOrganization() == null ? List.of() : repository().getOrganization().getPeople());
		toolkit.createLabel(client, "");
		Button requested = toolkit.createButton(client, "Pre-established escalation request", SWT.CHECK);
		requested.setToolTipText("Management is made aware of any situation of this customer at once");
		bindings().bindValue(WidgetProperties.buttonSelection().observe(requested),
				EMFEditProperties.value(domain(), CUSTOMER__ESCALATION_REQUESTED).observeDetail(customer));
		fields.text(client, "Notes:", customer, CUSTOMER__NOTES, true);
	}

	private void createProductLines(FormToolkit toolkit, Composite parent) {
		Composite client = Sections.create(toolkit, parent, "Product lines",
				"The product lines the selected customer has bought.", 1, 1, false);
		productLines = CheckboxTableViewer.newCheckList(client, SWT.BORDER);
		toolkit.adapt(productLines.getTable());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(productLines.getTable());
		productLines.setContentProvider(ArrayContentProvider.getInstance());
		productLines.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				ProductLine line = (ProductLine) element;
				return line.getName() + (line.getBusinessUnit() == null ? "" : " (" + line.getBusinessUnit().getName()
						+ ")");
			}
		});
		productLines.addCheckStateListener(event -> setProductLines());
	}

	private void setProductLines() {
		Customer customer = selected();
		if (customer != null) {
			List<ProductLine> checked = repository().getProductLines().stream().filter(productLines::getChecked)
					.toList();
			domain().getCommandStack().execute(ReferenceDataCommands.productLines(domain(), customer, checked));
		}
	}

	private void showProductLines() {
		if (productLines.getTable().isDisposed()) {
			return;
		}
		Customer customer = selected();
		productLines.setInput(repository().getProductLines());
		productLines.setCheckedElements(customer == null ? new Object[0] : customer.getProductLines().toArray());
		productLines.getTable().setEnabled(customer != null);
	}

	@SuppressWarnings("rawtypes")
	private void createContacts(FormToolkit toolkit, Composite parent, IObservableValue customer) {
		Composite client = Sections.create(toolkit, parent, "Contacts",
				"Who to write to at the selected customer, and as which audience: management, engineer or"
						+ " administrative. Select a contact for the ways to reach them; 24x7 marks those that work"
						+ " around the clock.",
				1, 1, false);
		contacts = new FeatureTable(toolkit, client, domain(), customer, CUSTOMER__CONTACTS, valueText(),
				List.of(TableColumnSpec.edit("Name", 130, CUSTOMER_CONTACT__NAME),
						TableColumnSpec.edit("Title", 120, CUSTOMER_CONTACT__TITLE),
						TableColumnSpec.edit("Audience", 110, CUSTOMER_CONTACT__AUDIENCE),
						TableColumnSpec.edit("E-mail", 170, CUSTOMER_CONTACT__EMAIL),
						TableColumnSpec.edit("Phone", 110, CUSTOMER_CONTACT__PHONE)),
				owner -> newContact());
		contacts.refuseRemovingUsed(new Usages(valueText()::of));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(contacts.getControl());
		contacts.setHeight(120);
		onModelChange(contacts::refresh);
		IObservableValue contact = ViewerProperties.singleSelection().observe(contacts.getViewer());
		toolkit.createLabel(client, "Ways to reach the selected contact:");
		contactPoints = new FeatureTable(toolkit, client, domain(), contact, CUSTOMER_CONTACT__CONTACT_POINTS,
				valueText(),
				List.of(TableColumnSpec.edit("Channel", 90, CONTACT_POINT__CHANNEL),
						TableColumnSpec.edit("Number or address", 200, CONTACT_POINT__ADDRESS),
						TableColumnSpec.edit("24x7", 50, CONTACT_POINT__AVAILABLE24X7)),
				owner -> newContactPoint());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(contactPoints.getControl());
		contactPoints.setHeight(80);
		onModelChange(contactPoints::refresh);
	}

	private static CustomerContact newContact() {
		CustomerContact contact = AdvocacyFactory.eINSTANCE.createCustomerContact();
		contact.setName("New contact");
		contact.setAudience(Audience.ENGINEER);
		return contact;
	}

	private static ContactPoint newContactPoint() {
		ContactPoint point = AdvocacyFactory.eINSTANCE.createContactPoint();
		point.setChannel(ContactChannel.MOBILE);
		point.setAvailable24x7(true);
		return point;
	}

	private Customer selected() {
		return customers.getViewer().getStructuredSelection().getFirstElement() instanceof Customer customer ? customer
				: null;
	}

	@Override
	public List<? extends EObject> listed() {
		return repository().getCustomers();
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof Customer || object instanceof CustomerContact;
	}

	@Override
	public void reveal(EObject object) {
		Customer customer = (Customer) (object instanceof Customer ? object : object.eContainer());
		customers.getViewer().setSelection(new StructuredSelection(customer), true);
		if (object instanceof CustomerContact) {
			contacts.getViewer().setSelection(new StructuredSelection(object), true);
		}
		customers.getViewer().getControl().setFocus();
	}

	/** @return the table of customers */
	public TableViewer getCustomers() {
		return customers.getViewer();
	}

	/** @return the product lines of the selected customer, checked */
	public CheckboxTableViewer getProductLines() {
		return productLines;
	}

	/** @return the selected customer's contacts */
	public FeatureTable getContacts() {
		return contacts;
	}

	/** @return the selected contact's contact points */
	public FeatureTable getContactPoints() {
		return contactPoints;
	}
}
