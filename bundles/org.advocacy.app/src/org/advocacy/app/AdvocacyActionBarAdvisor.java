// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The standalone product's menu bar: File, Edit, Window and Help with the standard workbench actions an Eclipse
 * user expects (Close, Save, Save All, Revert, Import..., Export..., Exit; Undo, Redo, Cut, Copy, Paste, Delete,
 * Select All; Open Perspective, Show View, Reset Perspective, Preferences; About). The actions carry the
 * workbench's command ids, so the usual key bindings (Ctrl+S, Ctrl+Z, ...) apply; the product's plugin.xml adds
 * Ctrl+Q for Exit, Ctrl+Y for Redo and Help > Show Key Assist. The Advocacy bundles contribute their commands into these menus through
 * plugin.xml, exactly as they do in a support team's own Eclipse-based console.
 */
class AdvocacyActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAll;
	private IWorkbenchAction revert;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction exportWizards;
	private IWorkbenchAction quit;
	private IWorkbenchAction undo;
	private IWorkbenchAction redo;
	private IWorkbenchAction cut;
	private IWorkbenchAction copy;
	private IWorkbenchAction paste;
	private IWorkbenchAction delete;
	private IWorkbenchAction selectAll;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction about;
	private IContributionItem perspectives;
	private IContributionItem views;

	AdvocacyActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		save = register(ActionFactory.SAVE.create(window));
		saveAll = register(ActionFactory.SAVE_ALL.create(window));
		revert = register(ActionFactory.REVERT.create(window));
		importWizards = register(ActionFactory.IMPORT.create(window));
		exportWizards = register(ActionFactory.EXPORT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		cut = register(ActionFactory.CUT.create(window));
		copy = register(ActionFactory.COPY.create(window));
		paste = register(ActionFactory.PASTE.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		selectAll = register(ActionFactory.SELECT_ALL.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		about = register(ActionFactory.ABOUT.create(window));
		perspectives = ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window);
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		menuBar.add(fileMenu());
		menuBar.add(editMenu());
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu());
		menuBar.add(helpMenu());
	}

	private MenuManager fileMenu() {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		file.add(new GroupMarker("open.ext"));
		file.add(new Separator());
		file.add(close);
		file.add(closeAll);
		file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
		file.add(new Separator());
		file.add(save);
		file.add(saveAll);
		file.add(revert);
		file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
		file.add(new Separator());
		file.add(importWizards);
		file.add(exportWizards);
		file.add(new GroupMarker(IWorkbenchActionConstants.IMPORT_EXT));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
		return file;
	}

	private MenuManager editMenu() {
		MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		edit.add(undo);
		edit.add(redo);
		edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
		edit.add(new Separator());
		edit.add(cut);
		edit.add(copy);
		edit.add(paste);
		edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
		edit.add(new Separator());
		edit.add(delete);
		edit.add(selectAll);
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
		return edit;
	}

	private MenuManager windowMenu() {
		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager openPerspective = new MenuManager("&Open Perspective", "openPerspective");
		openPerspective.add(perspectives);
		window.add(openPerspective);
		MenuManager showView = new MenuManager("Show &View", "showView");
		showView.add(views);
		window.add(showView);
		window.add(resetPerspective);
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(new Separator());
		window.add(preferences);
		return window;
	}

	private MenuManager helpMenu() {
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		help.add(new Separator());
		help.add(about);
		return help;
	}
}
