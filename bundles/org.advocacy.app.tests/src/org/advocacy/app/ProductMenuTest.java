// SPDX-License-Identifier: EPL-2.0
package org.advocacy.app;

import static org.advocacy.tests.harness.ui.DisplayEvents.processEvents;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.Test;

/**
 * The standalone product has the menus and key bindings an Eclipse user expects, and File &gt; Import... and
 * Export... offer the Customer Advocacy wizards.
 */
class ProductMenuTest {

	@Test
	void theMenusHaveTheUsualWorkbenchActions() {
		assertMenuHas("File", "Close", "Close All", "Save", "Save All", "Revert", "Import...", "Export...", "Exit");
		assertMenuHas("Edit", "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All");
		assertMenuHas("Window", "Open Perspective", "Show View", "Reset Perspective...", "Preferences");
		assertMenuHas("Help", "Show Key Assist", "About Advocacy Workbench");
	}

	@Test
	void theFileMenuHasNoWorkspaceFileOrProjectActions() {
		List<String> file = Arrays.stream(menu("File").getItems()).map(item -> plain(item.getText())).toList();

		assertFalse(file.contains("Open File..."), "File > Open File... is hidden: " + file);
		assertFalse(file.contains("Open Projects from File System..."),
				"File > Open Projects from File System... is hidden: " + file);
	}

	@Test
	void importAndExportListTheCustomerAdvocacyWizards() {
		assertTrue(item(menu("File"), "Import...").getEnabled(), "File > Import... can be chosen");
		assertTrue(item(menu("File"), "Export...").getEnabled(), "File > Export... can be chosen");

		assertTrue(wizardNames(PlatformUI.getWorkbench().getImportWizardRegistry())
				.contains("Who-to-Call Matrix (CSV)"), "the who-to-call import is offered under Customer Advocacy");
		assertTrue(wizardNames(PlatformUI.getWorkbench().getExportWizardRegistry()).contains("Situation Summary"),
				"the Situation Summary export is offered under Customer Advocacy");
	}

	@Test
	void theUsualKeysAreBound() throws ParseException {
		assertBound("org.eclipse.ui.file.save", "M1+S");
		assertBound("org.eclipse.ui.file.saveAll", "M1+M2+S");
		assertBound("org.eclipse.ui.file.close", "M1+W");
		assertBound("org.eclipse.ui.file.exit", "M1+Q");
		assertBound("org.eclipse.ui.edit.undo", "M1+Z");
		assertBound("org.eclipse.ui.edit.redo", "M1+Y");
		assertBound("org.eclipse.ui.edit.redo", "M1+M2+Z");
		assertBound("org.eclipse.ui.edit.selectAll", "M1+A");
	}

	private static void assertBound(String commandId, String keys) throws ParseException {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		List<TriggerSequence> active = Arrays.asList(bindings.getActiveBindingsFor(commandId));
		assertTrue(active.contains(KeySequence.getInstance(keys)), commandId + " on " + keys + ": " + active);
	}

	/** @return the names of the wizards in the registry's "Customer Advocacy" category */
	private static List<String> wizardNames(IWizardRegistry registry) {
		IWizardCategory category = Arrays.stream(registry.getRootCategory().getCategories())
				.filter(candidate -> candidate.getLabel().equals("Customer Advocacy")).findFirst()
				.orElseThrow(() -> new AssertionError("no Customer Advocacy category"));
		return Arrays.stream(category.getWizards()).map(IWizardDescriptor::getLabel).toList();
	}

	private static void assertMenuHas(String menuName, String... items) {
		Menu menu = menu(menuName);
		for (String name : items) {
			assertNotNull(item(menu, name), menuName + " > " + name);
		}
	}

	/** @return the menu bar's menu with that name, filled as when the user opens it */
	private static Menu menu(String name) {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		Menu menu = Arrays.stream(bar.getItems()).filter(item -> plain(item.getText()).equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no menu " + name)).getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		processEvents();
		return menu;
	}

	private static MenuItem item(Menu menu, String name) {
		Optional<MenuItem> found = Arrays.stream(menu.getItems()).filter(item -> plain(item.getText()).startsWith(name))
				.findFirst();
		return found.orElseThrow(() -> new AssertionError("no item " + name + " in " + Arrays
				.stream(menu.getItems()).map(item -> plain(item.getText())).toList()));
	}

	/** @return a menu text without mnemonic and accelerator */
	private static String plain(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}
}
