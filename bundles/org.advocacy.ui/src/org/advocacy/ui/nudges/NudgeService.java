// SPDX-License-Identifier: EPL-2.0
package org.advocacy.ui.nudges;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.advocacy.core.escalation.EscalationLadder;
import org.advocacy.ui.AdvocacyUiPlugin;
import org.advocacy.ui.preferences.NudgePreferences;
import org.advocacy.ui.session.RepositorySession;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Timely nudges: once a minute (a UI timer) re-evaluates the escalation engine for the open repository, tells
 * listeners (the Engagements view's due columns), and when an escalation step or a customer update falls due says
 * so in the status line and in a non-modal notification. Each occurrence is announced once.
 */
public final class NudgeService {

	/** How often the engine is re-evaluated, in milliseconds. */
	public static final int PERIOD_MS = 60_000;

	private static NudgeService instance;

	private final Display display;
	private final List<Consumer<DueTimes>> listeners = new CopyOnWriteArrayList<>();
	private final Set<String> announced = new HashSet<>();
	private final Runnable tick = this::tick;
	private final Consumer<RepositorySession> sessionListener = session -> asyncRefresh(true);
	private final IPropertyChangeListener preferenceListener = this::preferenceChanged;
	private Clock clock = Clock.systemDefaultZone();
	private DueTimes current = DueTimes.NONE;
	private NudgePopup popup;
	private boolean popupsEnabled = true;
	private String statusMessage = "";

	private NudgeService(Display display) {
		this.display = display;
		AdvocacyUiPlugin.getDefault().getRepositoryManager().addListener(sessionListener);
		AdvocacyUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(preferenceListener);
	}

	/**
	 * @return the service of the workbench's display, started on first use (on the UI thread)
	 */
	public static synchronized NudgeService get() {
		if (instance == null) {
			instance = new NudgeService(Display.getCurrent());
			instance.display.asyncExec(instance.tick);
		}
		return instance;
	}

	/** @param listener told on the UI thread each time the engine was re-evaluated */
	public void addListener(Consumer<DueTimes> listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeListener(Consumer<DueTimes> listener) {
		listeners.remove(listener);
	}

	/** @return what was due at the last evaluation */
	public DueTimes getCurrent() {
		return current;
	}

	/** @param clock the clock the engine is evaluated at (tests fix it) */
	public void setClock(Clock clock) {
		this.clock = clock;
	}

	/** @param enabled whether newly due items open a notification (the status line always says so) */
	public void setPopupsEnabled(boolean enabled) {
		popupsEnabled = enabled;
	}

	/** @return the notification opened last, or {@code null} */
	public NudgePopup getPopup() {
		return popup;
	}

	/** @param forget whether what was announced is forgotten first (another repository was opened) */
	private void asyncRefresh(boolean forget) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (forget) {
					announced.clear();
				}
				refresh();
			});
		}
	}

	/** A changed warning threshold or notification choice (Preferences &gt; Customer Advocacy) applies at once. */
	private void preferenceChanged(PropertyChangeEvent event) {
		if (NudgePreferences.NUDGE_SETTINGS.contains(event.getProperty())) {
			asyncRefresh(false);
		}
	}

	private void tick() {
		refresh();
		if (!display.isDisposed()) {
			display.timerExec(PERIOD_MS, tick);
		}
	}

	/** Re-evaluates the engine now, announces what newly fell due and tells the listeners. */
	public void refresh() {
		RepositorySession session = AdvocacyUiPlugin.getDefault().getRepositoryManager().getCurrent();
		try {
			current = session == null ? DueTimes.NONE : DueTimes.evaluate(session.getRepository(), clock.instant(),
					new EscalationLadder(NudgePreferences.warnings()));
		} catch (IllegalArgumentException badCalendar) {
			current = DueTimes.NONE;
			status(badCalendar.getMessage(), true);
		}
		announce(current);
		listeners.forEach(listener -> listener.accept(current));
	}

	private void announce(DueTimes due) {
		if (due.dueNow().isEmpty()) {
			status("Nothing due: no escalation step or customer update is waiting.", false);
			return;
		}
		status(due.dueNow().size() + " due now \u2014 " + due.dueNow().get(0).text(), false);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || !popupsEnabled || !NudgePreferences.notifications()) {
			return; // announced when a window can show it
		}
		List<String> fresh = due.dueNow().stream().filter(nudge -> announced.add(nudge.key()))
				.map(DueTimes.Nudge::text).toList();
		if (!fresh.isEmpty()) {
			if (popup != null) {
				popup.close();
			}
			popup = new NudgePopup(window.getShell(),
					fresh.size() == 1 ? "Due now" : fresh.size() + " items due now", fresh);
		}
	}

	/** @return the status line of the active part of the active window, where the advocate is looking */
	private static IStatusLineManager activeStatusLine() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IWorkbenchPart part = page == null ? null : page.getActivePart();
		if (part != null && part.getSite() instanceof IViewSite site) {
			return site.getActionBars().getStatusLineManager();
		}
		if (part != null && part.getSite() instanceof IEditorSite site) {
			return site.getActionBars().getStatusLineManager();
		}
		return null;
	}

	/** @return the message shown in the status line by the last evaluation */
	public String getStatusMessage() {
		return statusMessage;
	}

	private void status(String message, boolean error) {
		statusMessage = message;
		IStatusLineManager line = activeStatusLine();
		if (line != null) {
			if (error) {
				line.setErrorMessage(message);
			} else {
				line.setMessage(message);
			}
		}
	}
}
