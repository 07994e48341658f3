// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.escalation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EventObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.layout.GraphLayout;
import org.advocacy.layout.GraphNode;
import org.advocacy.layout.LadderLiveState;
import org.advocacy.layout.OrganizationGraph;
import org.advocacy.layout.OrganizationGraphBuilder;
import org.advocacy.layout.OrganizationLayouter;
import org.advocacy.layout.PersonPresence;
import org.advocacy.model.Engagement;
import org.advocacy.model.FunctionalArea;
import org.advocacy.model.Organization;
import org.advocacy.model.Person;
import org.advocacy.ui.Actions;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.emf.CommandStackActions;
import org.advocacy.ui.exports.WriteFileJob;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * The Escalation Graph view: the organization's who-to-call ladders laid out by ELK, with the live escalation state of
 * the engagement selected in the Engagements view. Nodes offer "escalate to the area", "contacted", "responded" and
 * "no answer" as undoable commands on the session's editing domain; the selected node feeds the Properties view.
 * <p>
 * The organization is converted on the UI thread (it reads the model), laid out in a background job when it is large,
 * and the layout is kept while the structure is unchanged, so live updates and new escalations never reshuffle it.
 */
public class EscalationGraphView extends ViewPart {

	/** The view's id, as declared in plugin.xml. */
	public static final String ID = "org.advocacy.ui.escalation.graph";

	/** Organizations with more person nodes than this are laid out in a background job. */
	static final int BACKGROUND_LAYOUT_THRESHOLD = 150;

	private static final String ENGAGEMENTS_VIEW = "org.advocacy.ui.views.engagements";
	/** The command that opens the Organization editor, declared by org.advocacy.ui.organization. */
	private static final String OPEN_ORGANIZATION = "org.advocacy.ui.organization.open";
	/** Its parameter: the URI fragment (the id) of the person to show. */
	private static final String OPEN_ORGANIZATION_PERSON = "org.advocacy.ui.organization.open.person";
	private static final int TICK_MILLIS = 30_000;

	private final EscalationLadder engine = new EscalationLadder();
	private final OrganizationGraphBuilder builder = new OrganizationGraphBuilder();
	private final Consumer<RepositorySession> sessionListener = session -> runLater(() -> setSession(session));
	private final CommandStackListener stackListener = this::modelChanged;
	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Runnable tick = this::tick;
	private final GraphSelectionProvider selectionProvider = new GraphSelectionProvider();

	private Clock clock = Clock.systemDefaultZone();
	private GraphCanvas canvas;
	private CommandStackActions undoRedo;
	private RepositorySession session;
	private Engagement engagement;
	private boolean engagedOnly;
	private String layoutKey;
	private GraphLayout organizationLayout;
	private Job layoutJob;
	private int generation;

	@Override
	public void createPartControl(Composite parent) {
		canvas = new GraphCanvas(parent);
		canvas.setSelectionListener(node -> selectionProvider.setNode(node));
		canvas.setOpenListener(this::open);
		getSite().setSelectionProvider(selectionProvider);
		undoRedo = new CommandStackActions(getViewSite().getActionBars());
		createToolbar(getViewSite().getActionBars().getToolBarManager());
		createContextMenu();
		getSite().getPage().addSelectionListener(selectionListener);
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		setSession(AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent());
		ISelection current = getSite().getPage().getSelection(ENGAGEMENTS_VIEW);
		if (current != null) {
			selectionChanged(null, current);
		}
		canvas.getDisplay().timerExec(TICK_MILLIS, tick);
	}

	private void createToolbar(IToolBarManager toolbar) {
		toolbar.add(Actions.of("Fit", "Show the whole graph (0)", canvas::fit));
		toolbar.add(Actions.of("Zoom In", "Zoom in (+, Ctrl+wheel)", () -> canvas.zoomBy(1)));
		toolbar.add(Actions.of("Zoom Out", "Zoom out (-, Ctrl+wheel)", () -> canvas.zoomBy(-1)));
		Action filter = new Action("Engaged Areas Only", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setEngagedOnly(isChecked());
			}
		};
		filter.setToolTipText("Show only the areas the selected engagement escalated to");
		toolbar.add(new Separator());
		toolbar.add(filter);
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		menu.add(Actions.of("Export PNG...", "Save the whole graph as a PNG image", this::exportPng));
		menu.add(Actions.of("Export SVG...", "Save the whole graph as an SVG drawing", this::exportSvg));
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			for (IAction action : nodeActions()) {
				manager.add(action);
			}
		});
		canvas.setMenu(menu.createContextMenu(canvas));
	}

	/**
	 * @return the ladder actions of the selected node: record contacted, responded, no answer; each disabled when the
	 *         engine's state of the ladder does not allow it
	 */
	IAction[] nodeActions() {
		GraphNode node = canvas.getSelectedNode();
		GraphScene scene = canvas.getScene();
		Instant now = clock.instant();
		var domain = session == null ? null : session.getEditingDomain();
		return new IAction[] {
				commandAction(node == null || node.area() == null ? "Escalate to Area"
						: "Escalate to " + OrganizationGraphBuilder.areaName(node.area()),
						domain == null ? null : NodeActions.escalate(domain, scene, node, now)),
				commandAction("Record Contacted", domain == null ? null : NodeActions.contacted(domain, scene, node, now)),
				commandAction("Record Responded", domain == null ? null : NodeActions.responded(domain, scene, node, now)),
				commandAction("Record No Answer", domain == null ? null : NodeActions.noAnswer(domain, scene, node)) };
	}

	private IAction commandAction(String text, Command command) {
		Action action = new Action(text) {
			@Override
			public void run() {
				if (command != null && command.canExecute()) {
					session.getEditingDomain().getCommandStack().execute(command);
				}
			}
		};
		action.setEnabled(command != null && command.canExecute());
		return action;
	}

	private void setSession(RepositorySession newSession) {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		session = newSession;
		engagement = null;
		layoutKey = null;
		organizationLayout = null;
		canvas.setScene(null);
		if (session != null) {
			session.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
			undoRedo.setCommandStack(session.getEditingDomain().getCommandStack());
		} else {
			undoRedo.setCommandStack(null);
		}
		refresh();
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		if (structured.getFirstElement() instanceof Engagement selected && selected != engagement) {
			engagement = selected;
			refresh();
		}
	}

	private void modelChanged(EventObject event) {
		runLater(this::refresh);
	}

	private void tick() {
		if (canvas != null && !canvas.isDisposed()) {
			if (canvas.isVisible()) {
				refresh();
			}
			canvas.getDisplay().timerExec(TICK_MILLIS, tick);
		}
	}

	/** Shows or hides the areas the engagement is not escalated to. */
	void setEngagedOnly(boolean only) {
		engagedOnly = only;
		refresh();
	}

	/**
	 * Rebuilds the scene from the model: converts the organization, lays it out when its structure changed (in a
	 * background job when large), and maps the engine's ladder states of the selected engagement.
	 */
	void refresh() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		if (session == null || session.getRepository().getOrganization() == null) {
			setContentDescription(session == null ? "No repository open." : "The repository has no organization.");
			canvas.setScene(null);
			return;
		}
		if (engagement != null && engagement.eResource() == null) {
			engagement = null;
		}
		Organization organization = session.getRepository().getOrganization();
		Instant now = clock.instant();
		Set<FunctionalArea> only = engagedOnly && engagement != null ? GraphLayout.engagedAreas(engagement) : null;
		OrganizationGraph graph = builder.build(organization, only, now);
		String key = graph.signature();
		if (key.equals(layoutKey) && organizationLayout != null) {
			show(organizationLayout);
			return;
		}
		int thisGeneration = ++generation;
		if (layoutJob != null) {
			layoutJob.cancel();
		}
		if (graph.nodes().size() <= BACKGROUND_LAYOUT_THRESHOLD) {
			applyLayout(thisGeneration, key, new OrganizationLayouter().layout(graph));
			return;
		}
		setContentDescription("Laying out " + graph.nodes().size() + " people in " + graph.groups().size()
				+ " areas\u2026");
		layoutJob = Job.create("Laying out the escalation graph", (IProgressMonitor monitor) -> {
			GraphLayout layout = new OrganizationLayouter().layout(graph);
			if (!monitor.isCanceled()) {
				runLater(() -> applyLayout(thisGeneration, key, layout));
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		layoutJob.setSystem(true);
		layoutJob.schedule();
	}

	private void applyLayout(int forGeneration, String key, GraphLayout layout) {
		if (forGeneration != generation || canvas.isDisposed()) {
			return;
		}
		layoutKey = key;
		organizationLayout = layout;
		show(layout);
	}

	private void show(GraphLayout layout) {
		Instant now = clock.instant();
		Organization organization = session.getRepository().getOrganization();
		Map<FunctionalArea, LadderLiveState> ladders = engagement == null ? Map.of()
				: LadderLiveState.of(engine, engagement, now);
		GraphLayout combined = layout.withEngagement(engagement);
		Map<Person, PersonPresence> presence = new HashMap<>();
		for (GraphNode node : combined.nodes()) {
			if (node.person() != null) {
				presence.computeIfAbsent(node.person(),
						person -> PersonPresence.of(person, organization.getDefaultCalendar(), now));
			}
		}
		ZoneId zone = clock.getZone();
		canvas.setScene(new GraphScene(combined, engagement, ladders, presence, now, zone));
		selectionProvider.setNode(canvas.getSelectedNode());
		setContentDescription(engagement == null ? "Who-to-call ladders of " + nameOf(organization)
				+ ". Select an engagement to see its escalations."
				: engagement.getKey() + " \u2014 " + engagement.getTitle() + ": " + ladders.size()
						+ (ladders.size() == 1 ? " ladder" : " ladders") + " engaged");
	}

	private static String nameOf(Organization organization) {
		return organization.getName() == null ? "the organization" : organization.getName();
	}

	/** Double-click: a person opens in the organization editor; the customer shows in Properties. */
	private void open(GraphNode node) {
		selectionProvider.setNode(node);
		try {
			if (node.person() != null && session != null) {
				openInOrganizationEditor(node.person());
			} else {
				getSite().getPage().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			}
		} catch (PartInitException | CommandException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
	}

	/**
	 * Runs the Organization editor's "Open Organization" command with the person as its parameter, so this view needs
	 * no dependency on the editor's bundle.
	 */
	private void openInOrganizationEditor(Person person) throws CommandException {
		ICommandService commands = getSite().getService(ICommandService.class);
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		String id = person.eResource().getURIFragment(person);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(OPEN_ORGANIZATION),
				Map.of(OPEN_ORGANIZATION_PERSON, id)), null);
	}

	private void exportPng() {
		Path file = askForFile("png");
		if (file != null) {
			writePng(file);
		}
	}

	private void exportSvg() {
		Path file = askForFile("svg");
		if (file != null) {
			writeSvg(file);
		}
	}

	/** @return the file the user chose to export the shown graph to, or {@code null} */
	private Path askForFile(String extension) {
		if (canvas.getScene() == null) {
			return null;
		}
		FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName((engagement == null ? "escalation-graph" : engagement.getKey()) + "." + extension);
		dialog.setOverwrite(true);
		String file = dialog.open();
		return file == null ? null : Path.of(file);
	}

	/**
	 * Draws the whole graph now and writes it as PNG in the background.
	 *
	 * @param file the PNG file
	 * @return the scheduled job, or {@code null} when no graph is shown
	 */
	Job writePng(Path file) {
		GraphScene scene = canvas.getScene();
		return scene == null ? null
				: schedule(WriteFileJob.png("the escalation graph", file,
						GraphImageExport.draw(canvas.getDisplay(), scene)));
	}

	/**
	 * Draws the whole graph as SVG now and writes it in the background.
	 *
	 * @param file the SVG file
	 * @return the scheduled job, or {@code null} when no graph is shown
	 */
	Job writeSvg(Path file) {
		GraphScene scene = canvas.getScene();
		return scene == null ? null
				: schedule(WriteFileJob.text("the escalation graph as SVG", file,
						GraphSvgExport.toSvg(canvas.resources(), scene)));
	}

	private static Job schedule(Job job) {
		job.schedule();
		return job;
	}

	private void runLater(Runnable runnable) {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** @param testClock the clock the view decides with; tests fix it */
	void setClock(Clock testClock) {
		this.clock = testClock;
		refresh();
	}

	/** @return the canvas, for tests */
	GraphCanvas getCanvas() {
		return canvas;
	}

	/** @return the engagement shown, or {@code null} */
	Engagement getEngagement() {
		return engagement;
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		AdvocacyUiPlugin.getDefault().getRepositoryManager().removeListener(sessionListener);
		getSite().getPage().removeSelectionListener(selectionListener);
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		if (layoutJob != null) {
			layoutJob.cancel();
		}
		if (undoRedo != null) {
			undoRedo.dispose();
		}
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().timerExec(-1, tick);
		}
		super.dispose();
	}
}
