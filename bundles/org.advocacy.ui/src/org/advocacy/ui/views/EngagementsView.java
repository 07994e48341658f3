// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.views;

import java.time.Clock;
import java.util.function.Consumer;

import org.advocacy.core.persistence.RepositoryLoadException;
import org.advocacy.model.AdvocacyPackage.Literals;
import org.advocacy.model.Engagement;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.FeatureColumnLabelProvider;
import org.advocacy.ui.emf.ItemProviderContentProvider;
import org.advocacy.ui.editor.EngagementEditor;
import org.advocacy.ui.editor.EngagementEditorInput;
import org.advocacy.ui.emf.ValueText;
import org.advocacy.ui.nudges.DueTimes;
import org.advocacy.ui.nudges.NudgeService;
import org.eclipse.ui.PartInitException;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

/**
 * The Engagements view: every engagement of the current repository with its customer, state, colour code,
 * urgency, advocate and age. Labels come from the EMF.Edit item providers; clicking a column header sorts.
 */
public class EngagementsView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.views.engagements";

	private final Clock clock = Clock.systemDefaultZone();
	private final Consumer<RepositorySession> sessionListener = this::showLater;
	private final Consumer<DueTimes> dueListener = due -> {
		if (this.viewer != null && !this.viewer.getControl().isDisposed()) {
			this.viewer.refresh(true);
		}
	};
	private TableViewer viewer;
	private LocalResourceManager resources;
	private StatusColourSwatches swatches;

	@Override
	public void createPartControl(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		swatches = new StatusColourSwatches(parent.getDisplay());
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return element instanceof Engagement;
			}
		});
		viewer.setComparator(new ColumnComparator(viewer));
		getSite().setSelectionProvider(viewer);
		viewer.addDoubleClickListener(event -> openSelected());
		NudgeService.get().addListener(dueListener);
		AdvocacyUiPlugin plugin = AdvocacyUiPlugin.getDefault();
		plugin.getRepositoryManager().addListener(sessionListener);
		try {
			plugin.reopenLastRepository();
		} catch (RepositoryLoadException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
		show(plugin.getRepositoryManager().getCurrent());
	}

	private void showLater(RepositorySession session) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> show(session));
		}
	}

	private void show(RepositorySession session) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (session == null) {
			setContentDescription("No repository open. Use File > Open Advocacy Repository...");
			return;
		}
		if (viewer.getContentProvider() != null) {
			viewer.setInput(null);
			viewer.getContentProvider().dispose();
		}
		for (org.eclipse.swt.widgets.TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		createColumns(session);
		viewer.setContentProvider(new ItemProviderContentProvider(session.getAdapterFactory()));
		viewer.setInput(session.getRepository());
		setContentDescription(session.getRepository().getName() + " \u2014 " + session.getFile());
	}

	private void createColumns(RepositorySession session) {
		ValueText text = new ValueText(session.getAdapterFactory(), clock.getZone());
		addColumn("Key", 75, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__KEY));
		addColumn("Title", 230, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__TITLE));
		addColumn("Customer", 155, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__CUSTOMER,
				Literals.CUSTOMER__NAME));
		addColumn("Segment", 120, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__CUSTOMER,
				Literals.CUSTOMER__SEGMENT, Literals.CUSTOMER_SEGMENT__NAME));
		addColumn("State", 110, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__STATE));
		addColumn("Status", 75, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__STATUS) {
			@Override
			public Image getImage(Object element) {
				return swatches.get(((Engagement) element).getStatus());
			}
		});
		addColumn("Urgency", 105, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__URGENCY));
		addColumn("Advocate", 125, new FeatureColumnLabelProvider(text, Literals.ENGAGEMENT__ADVOCATE,
				Literals.PERSON__NAME));
		addColumn("Age", 50, new EngagementAgeLabelProvider(clock));
		addColumn("Next update due", 165, DueColumnLabelProvider.nextUpdate(text));
		addColumn("Next escalation step", 175, DueColumnLabelProvider.nextStep(text));
	}

	private void addColumn(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
		((ColumnComparator) viewer.getComparator()).sortOnClick(column.getColumn(), labels);
	}

	/** Opens the engagement editor on each selected engagement (double-click). */
	void openSelected() {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		if (session == null) {
			return;
		}
		for (Object element : viewer.getStructuredSelection()) {
			if (element instanceof Engagement engagement) {
				try {
					getSite().getPage().openEditor(EngagementEditorInput.of(session, engagement), EngagementEditor.ID);
				} catch (PartInitException e) {
					getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
				}
			}
		}
	}

	/** @return the table viewer, for tests */
	TableViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		NudgeService.get().removeListener(dueListener);
		if (viewer != null && viewer.getContentProvider() != null) {
			viewer.getContentProvider().dispose();
		}
		if (swatches != null) {
			swatches.dispose();
		}
		if (resources != null) {
			resources.dispose();
		}
		super.dispose();
	}
}
